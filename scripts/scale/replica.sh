#!/usr/bin/env bash
# A PostgreSQL primary with a streaming replica (two local servers), and jixiao reading its dashboard and public
# portal from the replica (JIXIAO_DB_REPLICA_URL) and everything else from the primary.
# Usage: scripts/scale/replica.sh   Exits 1 at the first failed check.
source "$(dirname "$0")/lib.sh"
PORT=28121
PRIMARY=25521
REPLICA=25522
P_DIR=$SCALE_DIR/pg-primary
R_DIR=$SCALE_DIR/pg-replica
cleanup() { rm -f "$JAR"; jixiao_stop replica-server; pg_stop "$R_DIR"; pg_stop "$P_DIR"; }
trap cleanup EXIT

pg_init "$P_DIR" $PRIMARY
echo "shared_preload_libraries = 'pg_stat_statements'" >> "$P_DIR/postgresql.conf"
pg_stop "$P_DIR"; pg_start "$P_DIR"
# the replica: a base backup of the primary that follows its WAL (-R writes primary_conninfo and standby.signal)
port_free $REPLICA
rm -rf "$R_DIR"; mkdir -p "$R_DIR"; chown postgres "$R_DIR"; chmod 700 "$R_DIR"
as_postgres "$PG_BIN/pg_basebackup -h 127.0.0.1 -p $PRIMARY -U postgres -D $R_DIR -R -X stream"
sed -i "s/^port = .*/port = $REPLICA/; s|^unix_socket_directories = .*|unix_socket_directories = '$R_DIR'|" "$R_DIR/postgresql.conf"
pg_start "$R_DIR"
check "the replica is in recovery (read-only, streaming)" "$(psql_at $REPLICA -c 'SELECT pg_is_in_recovery()')" "t"
psql_at $PRIMARY -c "CREATE EXTENSION pg_stat_statements"

export JIXIAO_DB_URL=$(pg_url $PRIMARY) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
report=$(java -jar "$JAR" generate --units 200 --years 2 --last-year 2025 --region 副本市 --reviewer fuben)
password=$(grep -o '"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')
for _ in $(seq 1 100); do
  [ "$(psql_at $REPLICA -c "SELECT COUNT(*) FROM evaluation" 2>/dev/null)" = 400 ] && break; sleep 0.2
done
check "the generated region reached the replica" "$(psql_at $REPLICA -c "SELECT COUNT(*) FROM evaluation")" "400"
psql_at $REPLICA -c "SELECT pg_stat_reset()" > /dev/null

export JIXIAO_DB_REPLICA_URL=$(pg_url $REPLICA)
JAVA_OPTS="-Xmx512m" jixiao_start replica-server $PORT
cookies=$SCALE_DIR/replica.cookies
rm -f "$cookies"
login $PORT fuben "$password" "$cookies"
check "logged in (the session is written to the primary)" "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "http://127.0.0.1:$PORT/dashboard")" "200"
published=$(psql_at $PRIMARY -c "SELECT id FROM evaluation WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
for _ in $(seq 1 20); do
  curl -s -o /dev/null -b "$cookies" "http://127.0.0.1:$PORT/dashboard?year=2025"
  curl -s -o /dev/null "http://127.0.0.1:$PORT/public/reports/$published"
done
reads=$(psql_at $REPLICA -c "SELECT tup_returned FROM pg_stat_database WHERE datname = 'jixiao'")
echo "rows read on the replica while the pages were served: $reads"
[ "$reads" -gt 20000 ] || fail "the replica was hardly read ($reads rows)"

# with replay paused, a change on the primary is not on the dashboard (it reads the replica) but is in the
# workspace (it reads the primary); once replay resumes, the dashboard shows it
psql_at $REPLICA -c "SELECT pg_wal_replay_pause()" > /dev/null
id=$(psql_at $PRIMARY -c "SELECT id FROM evaluation WHERE status = 'SUBMITTED' AND fiscal_year = 2025 ORDER BY id LIMIT 1")
token=$(curl -s -b "$cookies" "http://127.0.0.1:$PORT/dashboard" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
check "approve (a write, to the primary)" \
  "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -X POST "http://127.0.0.1:$PORT/evaluations/$id/approve" --data-urlencode "_csrf=$token")" "302"
check "the primary has it" "$(psql_at $PRIMARY -c "SELECT status FROM evaluation WHERE id = $id")" "APPROVED"
row() { curl -s -b "$cookies" "http://127.0.0.1:$PORT/dashboard?year=2025&status=$1&sort=unit" | grep -c "/evaluations/$id\""; }
check "the dashboard (replica, paused) still lists it as submitted" "$(row SUBMITTED)" "1"
own=$(curl -s -b "$cookies" "http://127.0.0.1:$PORT/evaluations/$id" | grep -c '已审核' || true)
[ "$own" -ge 1 ] || fail "its own page (primary) does not show it approved"
echo "ok: its own page (primary) shows it approved (已审核 $own times)"
psql_at $REPLICA -c "SELECT pg_wal_replay_resume()" > /dev/null
for _ in $(seq 1 50); do [ "$(row APPROVED)" = 1 ] && break; sleep 0.2; done
check "after replay resumes, the dashboard lists it as approved" "$(row APPROVED)" "1"
echo "replication lag now: $(psql_at $PRIMARY -c "SELECT COALESCE(MAX(replay_lag)::text, '0') FROM pg_stat_replication")"
echo "all replica checks passed"
