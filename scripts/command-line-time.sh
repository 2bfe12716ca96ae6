#!/usr/bin/env bash
# The command line's start, whole processes, side by side in one run (issue 21's table): `java -version` (the
# floor), `validate`, `score`, `render --format pdf` and `extract` of a PDF, each by `java -jar target/jixiao.jar`
# and by the launcher target/cli/jixiao (unpacked jar, class-data archive); LibreOffice converting the report's DOCX
# and pdftotext reading its PDF where they are installed. Rounds alternate the ways, so that a busy machine
# weighs on all alike; prints each one's median in ms and its ratio to `java -version`'s.
# Usage: scripts/command-line-time.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
[ -x target/cli/jixiao ] || ./mvnw -B -q -DskipTests package
seed=src/main/resources/demo/liwan-women-federation-2023.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar target/jixiao.jar render "$seed" --format pdf --out "$work/seed.pdf" > /dev/null
java -jar target/jixiao.jar render "$seed" --format docx --out "$work/seed.docx" > /dev/null

declare -A runs=(
  ["java -version"]="java -version"
  ["validate, java -jar"]="java -jar target/jixiao.jar validate $seed"
  ["validate, launcher"]="target/cli/jixiao validate $seed"
  ["score, java -jar"]="java -jar target/jixiao.jar score $seed"
  ["score, launcher"]="target/cli/jixiao score $seed"
  ["render pdf, java -jar"]="java -jar target/jixiao.jar render $seed --format pdf --out $work/out.pdf"
  ["render pdf, launcher"]="target/cli/jixiao render $seed --format pdf --out $work/out.pdf"
  ["extract pdf, java -jar"]="java -jar target/jixiao.jar extract $work/seed.pdf"
  ["extract pdf, launcher"]="target/cli/jixiao extract $work/seed.pdf"
)
if command -v soffice > /dev/null; then
  runs["LibreOffice docx to pdf"]="soffice --headless --convert-to pdf --outdir $work/lo $work/seed.docx"
fi
if command -v pdftotext > /dev/null; then
  runs["pdftotext"]="pdftotext $work/seed.pdf $work/seed.txt"
fi
declare -A times=()
for _ in $(seq "$rounds"); do
  for name in "${!runs[@]}"; do
    start=$(date +%s%N)
    ${runs[$name]} > /dev/null 2>&1 || { echo "failed: ${runs[$name]}" >&2; exit 1; }
    times[$name]+="$(( ($(date +%s%N) - start) / 1000000 )) "
  done
done
median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=$(median "${times["java -version"]}")
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds; median ms, ratio to java -version"
for name in "${!runs[@]}"; do
  m=$(median "${times[$name]}")
  printf '  %-26s %6d ms  %5.1f x\n' "$name" "$m" "$(awk -v m="$m" -v f="$floor" 'BEGIN {print m / f}')"
done | sort
