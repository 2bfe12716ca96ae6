#!/usr/bin/env bash
# Faults, on PostgreSQL: (1) kill -9 of `import` in the middle of its transaction, (2) kill -9 of the server while
# a reviewer approves evaluations one after another, (3) PostgreSQL stopped and started again while the server
# is under load. After each: the database is consistent, the half-done work is absent, the server recovers.
# Usage: scripts/scale/faults.sh   Prints what it checked; exits 1 at the first inconsistency.
source "$(dirname "$0")/lib.sh"
PORT=28101
PG_PORT=25501
PG_DIR=$SCALE_DIR/pg-faults
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
cleanup() { rm -f "$JAR"; jixiao_stop faults-server; pg_stop "$PG_DIR"; }
trap cleanup EXIT

pg_init "$PG_DIR" $PG_PORT
export JIXIAO_DB_URL=$(pg_url $PG_PORT) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
report=$(java -jar "$JAR" generate --units 300 --years 2 --last-year 2025 --region 故障市 --reviewer guzhang)
password=$(grep -o '"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')

counts() {
  psql_at $PG_PORT -c "SELECT (SELECT COUNT(*) FROM unit) || ' units, ' || (SELECT COUNT(*) FROM evaluation)
    || ' evaluations, ' || (SELECT COUNT(*) FROM key_task) || ' key tasks, ' || (SELECT COUNT(*) FROM indicator)
    || ' indicators, ' || (SELECT COUNT(*) FROM audit_event) || ' audit events'"
}
orphans() {
  psql_at $PG_PORT -c "SELECT (SELECT COUNT(*) FROM audit_event a WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.id = a.evaluation_id))
    + (SELECT COUNT(*) FROM unit u WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.unit_id = u.id))"
}

echo "== 1. kill -9 during an import"
java -jar "$JAR" export --year 2025 | sed 's/故障市/导入市/g' > "$SCALE_DIR/import.json"
before=$(counts)
java -jar "$JAR" import "$SCALE_DIR/import.json" > /dev/null 2>&1 &
importer=$!
# wait until the import is writing inside its transaction, then let it write a while
for _ in $(seq 1 600); do
  writing=$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'jixiao' AND query LIKE 'INSERT INTO%' AND pid <> pg_backend_pid()")
  [ "$writing" -gt 0 ] && break
  sleep 0.1
done
[ "$writing" -gt 0 ] || fail "the import never started writing"
sleep 2
kill -9 $importer
wait $importer 2>/dev/null || true
# PostgreSQL rolls back the transaction of a connection that drops
for _ in $(seq 1 100); do
  [ "$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = 'jixiao' AND pid <> pg_backend_pid()")" = 0 ] && break
  sleep 0.1
done
check "after kill -9 of the import, the database is as before" "$(counts)" "$before"
check "no audit events or units without their evaluation" "$(orphans)" "0"
java -jar "$JAR" import "$SCALE_DIR/import.json" > /dev/null || fail "the import run again failed"
check "the import run again stores every document" \
  "$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE u.region = '导入市'")" "300"

echo "== 2. kill -9 of the server during workflow transitions"
JAVA_OPTS="-Xmx512m" jixiao_start faults-server $PORT
cookies=$SCALE_DIR/faults.cookies
rm -f "$cookies"
login $PORT guzhang "$password" "$cookies"
token=$(curl -s -b "$cookies" "http://127.0.0.1:$PORT/dashboard" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
ids=$(psql_at $PG_PORT -c "SELECT e.id FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE u.region = '故障市' AND e.status = 'SUBMITTED' ORDER BY e.id")
ids_sql=$(echo $ids | tr ' ' ',')
echo "$(wc -w <<< "$ids") submitted evaluations to approve"
(for id in $ids; do
   curl -s -o /dev/null -b "$cookies" -X POST "http://127.0.0.1:$PORT/evaluations/$id/approve" --data-urlencode "_csrf=$token" || true
 done) &
approver=$!
sleep 1.5
kill -9 "$(cat "$SCALE_DIR/faults-server.pid")"
wait $approver 2>/dev/null || true
approved=$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM evaluation WHERE id IN ($ids_sql) AND status = 'APPROVED'")
echo "$approved approved before the kill"
[ "$approved" -gt 0 ] || fail "nothing was approved before the kill; the test proves nothing"
check "every approved evaluation has its audit event, and no other has one" "$(psql_at $PG_PORT -c "
  SELECT COUNT(*) FROM evaluation e WHERE e.id IN ($ids_sql) AND
    (e.status = 'APPROVED') <> EXISTS (SELECT 1 FROM audit_event a WHERE a.evaluation_id = e.id AND a.action = 'APPROVED')")" "0"
check "every approved evaluation moved one version, the others none" "$(psql_at $PG_PORT -c "
  SELECT COUNT(*) FROM evaluation e WHERE e.id IN ($ids_sql) AND e.version <> CASE e.status WHEN 'APPROVED' THEN 1 ELSE 0 END")" "0"
check "the others are still submitted" "$(psql_at $PG_PORT -c "
  SELECT COUNT(*) FROM evaluation WHERE id IN ($ids_sql) AND status NOT IN ('SUBMITTED', 'APPROVED')")" "0"
JAVA_OPTS="-Xmx512m" jixiao_start faults-server $PORT
check "after the restart the reviewer is still logged in (the session is in the database)" \
  "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "http://127.0.0.1:$PORT/dashboard")" "200"
for id in $ids; do
  curl -s -o /dev/null -b "$cookies" -X POST "http://127.0.0.1:$PORT/evaluations/$id/approve" --data-urlencode "_csrf=$token"
done
check "the rest is approved after the restart" \
  "$(psql_at $PG_PORT -c "SELECT COUNT(*) FROM evaluation WHERE id IN ($ids_sql) AND status <> 'APPROVED'")" "0"

echo "== 3. PostgreSQL stopped and started under load"
published=$(psql_at $PG_PORT -c "SELECT id FROM evaluation WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
url="http://127.0.0.1:$PORT/public/reports/$published"
wrk -t2 -c20 -d40s --timeout 5s "$url" > "$SCALE_DIR/wrk-outage.txt" &
loader=$!
sleep 10
pg_stop "$PG_DIR"
down=$(date +%s.%N)
echo "PostgreSQL stopped; during the outage the page answers $(curl -s -o /dev/null -m 40 -w '%{http_code}' "$url")"
sleep 10
pg_start "$PG_DIR"
up=$(date +%s.%N)
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url")" = 200 ] && break
  sleep 0.1
done
recovered=$(date +%s.%N)
printf 'ok: the server answers 200 again %.1f s after PostgreSQL is back (%.0f s down), without a restart\n' \
  "$(echo "$recovered - $up" | bc)" "$(echo "$up - $down" | bc)"
wait $loader
grep -E "requests in|Non-2xx|Socket errors" "$SCALE_DIR/wrk-outage.txt" | sed 's/^/   during the 40 s with the outage: /'
after=$(wrk -t2 -c20 -d10s "$url")
grep -q "Non-2xx\|Socket errors" <<< "$after" && fail "errors after the recovery: $after"
echo "ok: 10 s of load after the recovery: $(awk '/requests in/ {print $1}' <<< "$after") requests, no error"
grep -q OutOfMemoryError "$SCALE_DIR/faults-server.log" && fail "OutOfMemoryError"
echo "all fault checks passed"
