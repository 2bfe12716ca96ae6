#!/usr/bin/env bash
# Runs JMH benchmarks (src/test/java/org/jixiao/bench) on one core by default.
# Usage: scripts/jmh.sh [BENCHMARK_REGEX] [JMH OPTIONS...]   e.g. scripts/jmh.sh DocumentJson -f 1
# Figures are reported as ratios to the floor measured in the same run (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/jmh.classpath)"
regex=${1:-.}
shift || true
# taskset pins the benchmark JVM to one core, as the goals are stated per core.
exec taskset -c 0 java -cp "$cp" org.openjdk.jmh.Main "$regex" -jvmArgsAppend "-XX:ActiveProcessorCount=1" "$@"
