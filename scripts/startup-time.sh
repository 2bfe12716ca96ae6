#!/usr/bin/env bash
# Start-up time of `serve` to the first page, on a fresh embedded database (demo data loaded), and the wall
# time of `validate` for one file, JVM start included. Usage: scripts/startup-time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=target/jixiao.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
port=18080
ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "serve, fresh database, to the first page (ms):"
for i in $(seq "$runs"); do
  dir=$(mktemp -d)
  start=$(ms)
  (cd "$dir" && JIXIAO_DEMO=true exec java -jar "$OLDPWD/$jar" serve --port "$port" > "$dir/log" 2>&1) &
  pid=$!
  until curl -sf "http://localhost:$port/" > /dev/null; do sleep 0.05; done
  echo "  $(( $(ms) - start ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done

echo "validate one document, JVM start included (ms):"
for i in $(seq "$runs"); do
  start=$(ms)
  java -jar "$jar" validate src/main/resources/demo/liwan-women-federation-2023.json > /dev/null
  echo "  $(( $(ms) - start ))"
done
