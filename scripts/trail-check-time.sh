#!/usr/bin/env bash
# Times the check of the tamper-evident trail on an audit trail of ENTRIES events (default 1,000,000), on H2 (a
# file in target/trail-bench) and on embedded PostgreSQL, against reading the same rows (docs/performance.md).
# Usage: scripts/trail-check-time.sh [ENTRIES] [ROUNDS] [h2|postgresql ...]   e.g. scripts/trail-check-time.sh 1000000 4
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
rounds=${2:-3}
shift 2 || shift $# || true
databases=${*:-h2 postgresql}
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/jmh.classpath)"
cat /proc/loadavg
for database in $databases; do
  java -Xmx256m -cp "$cp" org.jixiao.bench.TrailCheckTime "$database" "$entries" "$rounds"
done
cat /proc/loadavg
