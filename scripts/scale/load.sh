#!/usr/bin/env bash
# Load: wrk on loopback against one server (-Xmx512m) on PostgreSQL with a generated region: a static file of
# the same server (the baseline), the public report page and the dashboard, 50 connections each, one after the
# other in the same run. Prints a Markdown table.
# Usage: scripts/scale/load.sh [UNITS] [SECONDS] [CONNECTIONS]   (defaults 5000 30 50)
source "$(dirname "$0")/lib.sh"
UNITS=${1:-5000}
SECONDS_EACH=${2:-30}
CONNECTIONS=${3:-50}
PORT=28091
PG_PORT=25491
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

cleanup() { rm -f "$JAR"; jixiao_stop load-server; pg_stop "$SCALE_DIR/pg-load"; }
trap cleanup EXIT

export JIXIAO_DB_URL=$(pg_url $PG_PORT) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
# REUSE=1: the database of the previous run, as it was generated (saves the minutes of generating it again)
if [ -n "${REUSE:-}" ] && [ -f "$SCALE_DIR/pg-load/generated.json" ]; then
  port_free $PG_PORT
  pg_start "$SCALE_DIR/pg-load"
  report=$(cat "$SCALE_DIR/pg-load/generated.json")
else
  pg_init "$SCALE_DIR/pg-load" $PG_PORT
  report=$(java -Xmx512m -jar "$JAR" generate --units "$UNITS" --years 5 --last-year 2025 --region 示范市 --reviewer shifan)
  echo "$report" > "$SCALE_DIR/pg-load/generated.json"
fi
password=$(grep -o '"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')
psql_at $PG_PORT -c "ANALYZE"
published=$(psql_at $PG_PORT -c "SELECT id FROM evaluation WHERE status = 'PUBLISHED' AND fiscal_year = 2025 ORDER BY id LIMIT 1")

JAVA_OPTS="-Xmx512m" jixiao_start load-server $PORT
# as many reviewers logged in as there are connections: each connection its own session
sessions=$SCALE_DIR/load.sessions
: > "$sessions"
for i in $(seq 1 "$CONNECTIONS"); do
  cookies=$SCALE_DIR/load-$i.cookies
  rm -f "$cookies"
  login $PORT shifan "$password" "$cookies"
  session_cookie "$cookies" >> "$sessions"
done
cookie=$(head -1 "$sessions")
base=http://127.0.0.1:$PORT

# name|path|extra header
targets=("static file (css, 13 KB)|/css/jixiao.css|"
         "public report page|/public/reports/$published|"
         "public report page, made at each request|/public/reports/$published|fresh"
         "public report, printable HTML|/public/reports/$published/report.html|"
         "dashboard, $UNITS units, $CONNECTIONS sessions|/dashboard?year=2025|Cookie: $cookie")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| what | requests/s | p50 | p90 | p99 | max | errors (non-2xx, socket) | size |"
echo "|---|---|---|---|---|---|---|---|"
for target in "${targets[@]}"; do
  IFS='|' read -r name path header <<< "$target"
  script=()
  [ "$header" = fresh ] && { script=(-s "$(dirname "$0")/fresh.lua"); header=; }
  status=$(curl -s -o /dev/null -w "%{http_code} %{size_download}" ${header:+-H "$header"} "$base$path")
  [ "${status%% *}" = 200 ] || { echo "$name: $base$path answers $status" >&2; exit 1; }
  # warm-up, then the measured run
  [ -n "$header" ] && script=(-s "$(dirname "$0")/cookies.lua")
  export COOKIES=$sessions
  wrk -t2 -c"$CONNECTIONS" -d10s --timeout 10s "${script[@]}" "$base$path" > /dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency "${script[@]}" "$base$path")
  echo "$out" > "$SCALE_DIR/wrk-$(echo "$name" | tr -c 'a-z0-9' '-').txt"
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out"); p90=$(awk '$1 == "90%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out"); max=$(awk '/Latency/ {print $4; exit}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<< "$out"); socket=$(grep -o 'Socket errors.*' <<< "$out" || true)
  echo "| $name | $rps | $p50 | $p90 | $p99 | $max | ${non2xx:-0}${socket:+, $socket} | ${status#* } B |"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -q OutOfMemoryError "$SCALE_DIR/load-server.log" && echo "OutOfMemoryError in the server log" || echo "no OutOfMemoryError"
echo "sessions stored: $(psql_at $PG_PORT -c 'SELECT COUNT(*) FROM spring_session')"
