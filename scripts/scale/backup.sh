#!/usr/bin/env bash
# Backup and restore: pg_dump of a jixiao database in PostgreSQL's custom format, pg_restore into a new
# database, and the server started on the restored copy: same rows, same append-only audit trail, same answers.
# Usage: scripts/scale/backup.sh   Exits 1 at the first failed check.
source "$(dirname "$0")/lib.sh"
PORT=28131
PG_PORT=25531
PG_DIR=$SCALE_DIR/pg-backup
cleanup() { rm -f "$JAR"; jixiao_stop backup-server; pg_stop "$PG_DIR"; }
trap cleanup EXIT

pg_init "$PG_DIR" $PG_PORT
export JIXIAO_DB_URL=$(pg_url $PG_PORT) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
report=$(java -jar "$JAR" generate --units 300 --years 3 --last-year 2025 --region 备份市 --reviewer beifen)
password=$(grep -o '"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')

fingerprint() {
  "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d "$1" -qAt -c "
    SELECT (SELECT COUNT(*) FROM evaluation) || '/' || (SELECT COUNT(*) FROM indicator) || '/'
      || (SELECT COUNT(*) FROM audit_event) || '/' || (SELECT COUNT(*) FROM app_user) || '/'
      || (SELECT SUM(total_score) FROM evaluation) || '/' || (SELECT MAX(id) FROM evaluation) || '/'
      || md5(string_agg(e.id || e.status || e.version || COALESCE(e.total_score::text, ''), ',' ORDER BY e.id))
    FROM evaluation e"
}
original=$(fingerprint jixiao)

start=$(date +%s.%N)
"$PG_BIN/pg_dump" -h 127.0.0.1 -p $PG_PORT -U postgres -Fc -f "$SCALE_DIR/jixiao.dump" jixiao
dumped=$(date +%s.%N)
"$PG_BIN/createdb" -h 127.0.0.1 -p $PG_PORT -U postgres jixiao_restored
"$PG_BIN/pg_restore" -h 127.0.0.1 -p $PG_PORT -U postgres -d jixiao_restored --no-owner --exit-on-error "$SCALE_DIR/jixiao.dump"
restored=$(date +%s.%N)
printf 'pg_dump %.1f s (%s), pg_restore %.1f s\n' "$(echo "$dumped - $start" | bc)" \
  "$(du -h "$SCALE_DIR/jixiao.dump" | cut -f1)" "$(echo "$restored - $dumped" | bc)"
check "the restored database has the same rows" "$(fingerprint jixiao_restored)" "$original"
check "the audit trail is still append-only in the copy" \
  "$("$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d jixiao_restored -qAt -c "DELETE FROM audit_event" 2>&1 | grep -c 'append-only')" "1"

export JIXIAO_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/jixiao_restored"
jixiao_start backup-server $PORT
cookies=$SCALE_DIR/backup.cookies
rm -f "$cookies"
login $PORT beifen "$password" "$cookies"
check "the server on the copy: the reviewer logs in with the same password, the dashboard answers" \
  "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "http://127.0.0.1:$PORT/dashboard?year=2025")" "200"
check "Flyway finds the copy up to date (no migration ran)" \
  "$(grep -c 'Migrating schema' "$SCALE_DIR/backup-server.log" || true)" "0"
published=$(psql_at $PG_PORT -c "SELECT id FROM evaluation WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
check "a published report is served from the copy" \
  "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/public/reports/$published/report.pdf")" "200"
echo "all backup checks passed"
