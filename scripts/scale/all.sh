#!/usr/bin/env bash
# Every scale measurement and check, one after the other (about 40 minutes on two cores): size, load, two
# servers, replica, faults, backup. Each script's output goes to $SCALE_DIR/out-NAME.txt; a failed check is
# reported and the next script still runs. Exits 1 if any failed.
# Usage: scripts/scale/all.sh [NAMES...]   (default: size load two-servers replica faults backup)
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
export SCALE_DIR=${SCALE_DIR:-/tmp/jixiao-scale}
mkdir -p "$SCALE_DIR"
(cd "$dir/../.." && ./mvnw -B -q -DskipTests package) || exit 1
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(size load two-servers replica faults backup)
failed=0
for name in "${names[@]}"; do
  echo "== $name ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  if "$dir/$name.sh" > "$SCALE_DIR/out-$name.txt" 2>&1; then
    echo "   passed"
  else
    echo "   FAILED: see $SCALE_DIR/out-$name.txt"
    failed=1
  fi
done
exit $failed
