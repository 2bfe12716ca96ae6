#!/usr/bin/env bash
# Two servers on one PostgreSQL, on two ports, as behind a load balancer: a login on one holds on the other, the
# nightly job (here every 15 s) runs on one server only, and both serve under load at once.
# Usage: scripts/scale/two-servers.sh   Exits 1 at the first failed check.
source "$(dirname "$0")/lib.sh"
A=28111
B=28112
PG_PORT=25511
PG_DIR=$SCALE_DIR/pg-two
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cleanup() { rm -f "$JAR"; jixiao_stop server-a; jixiao_stop server-b; pg_stop "$PG_DIR"; }
trap cleanup EXIT

pg_init "$PG_DIR" $PG_PORT
export JIXIAO_DB_URL=$(pg_url $PG_PORT) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
report=$(java -jar "$JAR" generate --units 200 --years 2 --last-year 2025 --region 双机市 --reviewer shuangji)
password=$(grep -o '"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')
# evaluations assessed with another profile, for the nightly job to find
stale=$(psql_at $PG_PORT -c "WITH s AS (UPDATE evaluation SET scoring_profile = 'OLD' WHERE fiscal_year = 2025 RETURNING 1) SELECT COUNT(*) FROM s")

export JIXIAO_REASSESS_CRON="*/15 * * * * *"
JAVA_OPTS="-Xmx512m" jixiao_start server-a $A &
starting=$!
JAVA_OPTS="-Xmx512m" jixiao_start server-b $B
wait $starting
cookies=$SCALE_DIR/two.cookies
rm -f "$cookies"
login $A shuangji "$password" "$cookies"
check "logged in on A, the dashboard on B" "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "http://127.0.0.1:$B/dashboard")" "200"
token=$(curl -s -b "$cookies" "http://127.0.0.1:$B/dashboard" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
id=$(psql_at $PG_PORT -c "SELECT id FROM evaluation WHERE status = 'SUBMITTED' ORDER BY id LIMIT 1")
check "a form token from B is good on A (approve on A)" \
  "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -X POST "http://127.0.0.1:$A/evaluations/$id/approve" --data-urlencode "_csrf=$token")" "302"
check "the approval is stored once" "$(psql_at $PG_PORT -c "SELECT status || ' ' || version FROM evaluation WHERE id = $id")" "APPROVED 1"

echo "waiting for the job's clock to fire on both servers (every 15 s)..."
for _ in $(seq 1 60); do
  [ "$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM evaluation WHERE scoring_profile = 'OLD'")" = 0 ] && break
  sleep 1
done
sleep 16
runs=$(cat "$SCALE_DIR/server-a.log" "$SCALE_DIR/server-b.log" | grep -c "Reassessed $stale evaluations" || true)
check "the $stale stale evaluations were reassessed, by one server, once" "$runs" "1"
echo "   taken by: $(psql_at $PG_PORT -c "SELECT locked_by || ', ' || last_result FROM scheduled_job")"

echo "both servers under load at once (dashboard, 25 connections each, one session per connection, 20 s):"
sessions=$SCALE_DIR/two.sessions
: > "$sessions"
for i in $(seq 1 25); do
  rm -f "$SCALE_DIR/two-$i.cookies"
  login $A shuangji "$password" "$SCALE_DIR/two-$i.cookies"
  session_cookie "$SCALE_DIR/two-$i.cookies" >> "$sessions"
done
export COOKIES=$sessions
wrk -t1 -c25 -d20s --timeout 10s --latency -s "$(dirname "$0")/cookies.lua" "http://127.0.0.1:$A/dashboard?year=2025" > "$SCALE_DIR/wrk-a.txt" &
loading=$!
wrk -t1 -c25 -d20s --timeout 10s --latency -s "$(dirname "$0")/cookies.lua" "http://127.0.0.1:$B/dashboard?year=2025" > "$SCALE_DIR/wrk-b.txt"
wait $loading
for s in a b; do
  echo "   $s: $(awk '/Requests\/sec/ {print $2 " requests/s"}' "$SCALE_DIR/wrk-$s.txt"), p50 $(awk '$1 == "50%" {print $2}' "$SCALE_DIR/wrk-$s.txt"), p99 $(awk '$1 == "99%" {print $2}' "$SCALE_DIR/wrk-$s.txt"), $(grep -c 'Non-2xx\|Socket errors' "$SCALE_DIR/wrk-$s.txt") error lines"
  grep -q 'Non-2xx\|Socket errors' "$SCALE_DIR/wrk-$s.txt" && fail "errors under load on $s"
done
echo "all two-server checks passed"
