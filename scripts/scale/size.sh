#!/usr/bin/env bash
# Size: a small and a large generated region on PostgreSQL and on H2; the dashboard, its Excel export and
# rescoring each region, with the server and the command line in a 512 MB heap.
# Usage: scripts/scale/size.sh [SMALL_UNITS] [LARGE_UNITS] [YEARS] [DATABASES]   (defaults 500 5000 5 "postgresql h2")
# Prints a Markdown table; the logs stay in $SCALE_DIR (default /tmp/jixiao-scale).
source "$(dirname "$0")/lib.sh"
SMALL=${1:-500}
LARGE=${2:-5000}
YEARS=${3:-5}
DATABASES=${4:-postgresql h2}
LAST_YEAR=2025
PORT=28081
PG_PORT=25441
HEAP=-Xmx512m
OUT=$SCALE_DIR/size-results.md
: > "$OUT"

cleanup() { rm -f "$JAR"; jixiao_stop size-server; pg_stop "$SCALE_DIR/pg-size"; }
trap cleanup EXIT

# percentile P of the numbers on stdin
pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; printf "%.0f", a[i]*1000}'; }

# time_get URL JAR N: N timings of a GET, in seconds, one per line
time_get() {
  for _ in $(seq 1 "$3"); do
    curl -s -b "$2" -o /dev/null -w "%{time_total}\n" "$1"
  done
}

# statements run so far, not counting these counting queries themselves
statements() {
  psql_at $PG_PORT -c "SELECT COALESCE(sum(calls), 0) FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'" 2>/dev/null || echo 0
}

for db in $DATABASES; do
  if [ "$db" = postgresql ]; then
    pg_init "$SCALE_DIR/pg-size" $PG_PORT
    echo "shared_preload_libraries = 'pg_stat_statements'" >> "$SCALE_DIR/pg-size/postgresql.conf"
    pg_stop "$SCALE_DIR/pg-size"; pg_start "$SCALE_DIR/pg-size"
    psql_at $PG_PORT -c "CREATE EXTENSION pg_stat_statements"
    export JIXIAO_DB_URL=$(pg_url $PG_PORT) JIXIAO_DB_USER=postgres JIXIAO_DB_PASSWORD=
  else
    rm -rf "$SCALE_DIR/h2-size"
    export JIXIAO_DB_URL="jdbc:h2:file:$SCALE_DIR/h2-size/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" JIXIAO_DB_USER=sa JIXIAO_DB_PASSWORD=
  fi
  declare -A password
  for pair in "小市:$SMALL:xiaoshi" "示范市:$LARGE:shifan"; do
    IFS=: read -r region units user <<< "$pair"
    start=$(date +%s.%N)
    report=$(java $HEAP -jar "$JAR" generate --units "$units" --years "$YEARS" --last-year $LAST_YEAR --region "$region" --reviewer "$user")
    end=$(date +%s.%N)
    password[$user]=$(grep -o '"password" : "[^"]*"\|"password": "[^"]*"' <<< "$report" | sed 's/.*"\([^"]*\)"$/\1/')
    indicators=$(grep -o '"indicators": [0-9]*' <<< "$report" | grep -o '[0-9]*$')
    printf '| %s | generate %s units × %s years (%s indicators) | %.1f s | `generate --units %s --years %s` |\n' \
      "$db" "$units" "$YEARS" "$indicators" "$(echo "$end - $start" | bc)" "$units" "$YEARS" >> "$OUT"
  done
  [ "$db" = postgresql ] && psql_at $PG_PORT -c "ANALYZE"
  JAVA_OPTS="$HEAP -Xlog:gc:file=$SCALE_DIR/gc-$db.log" jixiao_start size-server $PORT
  for pair in "小市:$SMALL:xiaoshi" "示范市:$LARGE:shifan"; do
    IFS=: read -r region units user <<< "$pair"
    cookies=$SCALE_DIR/$db-$user.cookies
    rm -f "$cookies"
    login $PORT "$user" "${password[$user]}" "$cookies"
    url="http://127.0.0.1:$PORT/dashboard?year=$LAST_YEAR"
    time_get "$url" "$cookies" 20 > /dev/null   # warm-up
    before=$(statements)
    curl -s -b "$cookies" -o /dev/null "$url"
    after=$(statements)
    times=$(time_get "$url" "$cookies" 30)
    printf '| %s | dashboard, %s units (page of 100 rows, all %s in the figures) | p50 %s ms, p90 %s ms | %s SQL statements per page |\n' \
      "$db" "$units" "$units" "$(pct 50 <<< "$times")" "$(pct 90 <<< "$times")" "$((after - before))" >> "$OUT"
    xurl="http://127.0.0.1:$PORT/dashboard.xlsx?year=$LAST_YEAR"
    time_get "$xurl" "$cookies" 5 > /dev/null
    size=$(curl -s -b "$cookies" -o /dev/null -w "%{size_download}" "$xurl")
    times=$(time_get "$xurl" "$cookies" 10)
    printf '| %s | Excel export, %s rows (%s bytes) | p50 %s ms, p90 %s ms | |\n' \
      "$db" "$units" "$size" "$(pct 50 <<< "$times")" "$(pct 90 <<< "$times")" >> "$OUT"
  done
  if grep -q OutOfMemoryError "$SCALE_DIR/size-server.log"; then oom="OutOfMemoryError"; else oom="no OutOfMemoryError"; fi
  jixiao_stop size-server
  peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$SCALE_DIR/gc-$db.log" | sed 's/M->.*//' | sort -n | tail -1)
  after_gc=$(grep -o 'M->[0-9]*M' "$SCALE_DIR/gc-$db.log" | grep -o '[0-9]*' | sort -n | tail -1)
  printf '| %s | server heap during the above (-Xmx512m) | at most %s MB used before a collection, %s MB live after | %s |\n' \
    "$db" "$peak" "$after_gc" "$oom" >> "$OUT"
  for pair in "小市:$SMALL" "示范市:$LARGE"; do
    IFS=: read -r region units <<< "$pair"
    for run in 1 2; do
      before=$(statements)
      report=$(/usr/bin/time -f "%M" -o "$SCALE_DIR/time.txt" java $HEAP -jar "$JAR" reassess --region "$region")
      after=$(statements)
      seconds=$(grep -o '"seconds": [0-9.]*' <<< "$report" | grep -o '[0-9.]*$')
      count=$(grep -o '"evaluations": [0-9]*' <<< "$report" | grep -o '[0-9]*$')
      printf '| %s | reassess %s units (%s evaluations), run %s | %s s | %s SQL statements; JVM max RSS %s MB |\n' \
        "$db" "$units" "$count" "$run" "$seconds" "$((after - before))" "$(( $(cat "$SCALE_DIR/time.txt") / 1024 ))" >> "$OUT"
    done
  done
  if [ "$db" = postgresql ]; then
    psql_at $PG_PORT -c "SELECT pg_size_pretty(pg_database_size('jixiao'))" | sed "s/^/| postgresql | database size | /; s/$/ | |/" >> "$OUT"
    psql_at $PG_PORT > "$SCALE_DIR/plan-dashboard.txt" <<SQL
EXPLAIN ANALYZE SELECT e.id, e.unit_id, u.name AS unit_name, e.kind, e.subject, e.budget, e.executed, e.execution_rate,
       e.total_score, e.grade, e.error_count, e.warning_count, e.indicator_count, e.indicators_met, e.status
FROM evaluation e JOIN unit u ON u.id = e.unit_id
WHERE u.region = '示范市' AND e.fiscal_year = $LAST_YEAR ORDER BY u.name ASC NULLS LAST, u.name, e.id;
SQL
    pg_stop "$SCALE_DIR/pg-size"
  else
    du -sh "$SCALE_DIR/h2-size" | awk '{print "| h2 | database size | " $1 " | |"}' >> "$OUT"
  fi
done
echo "| database | what | figure | notes |"
echo "|---|---|---|---|"
cat "$OUT"
