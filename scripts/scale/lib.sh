#!/usr/bin/env bash
# Shared by the scale scripts: local PostgreSQL servers and jixiao servers, started and stopped by the script
# that sources this file. Everything listens on 127.0.0.1 only. State lives under $SCALE_DIR.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SCALE_DIR=${SCALE_DIR:-/tmp/jixiao-scale}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
mkdir -p "$SCALE_DIR"
chmod 777 "$SCALE_DIR"
# a copy of the jar, so that a build during a long measurement does not pull it from under the servers
if [ -z "${JAR:-}" ]; then
  [ -f "$ROOT/target/jixiao.jar" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
  JAR=$SCALE_DIR/jixiao-$$.jar
  cp "$ROOT/target/jixiao.jar" "$JAR"
  trap 'rm -f "$JAR"' EXIT
fi

# PostgreSQL from Debian's package; the server refuses to run as root, so it runs as the postgres user.
ensure_postgres() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/postgres" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

# Refuses a port something else listens on (another server of the machine must not be measured by mistake).
port_free() {
  if ss -ltn "( sport = :$1 )" | grep -q LISTEN; then
    echo "port $1 is in use by another program; choose other ports" >&2
    return 1
  fi
}

# pg_init DIR PORT: a new cluster with trust authentication on loopback, database jixiao.
pg_init() {
  local dir=$1 port=$2
  ensure_postgres
  port_free "$port"
  rm -rf "$dir"
  mkdir -p "$dir"
  chown postgres "$dir" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb -D $dir -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
shared_buffers = 256MB
max_connections = 200
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
  echo "host replication postgres 127.0.0.1/32 trust" >> "$dir/pg_hba.conf"
  pg_start "$dir"
  as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $port -U postgres jixiao"
}

pg_start() {
  as_postgres "$PG_BIN/pg_ctl -D $1 -l $1/server.log -w start >/dev/null"
}

# pg_stop DIR [MODE]: fast by default; immediate is a crash.
pg_stop() {
  as_postgres "$PG_BIN/pg_ctl -D $1 -m ${2:-fast} -w stop >/dev/null" || true
}

psql_at() {
  local port=$1
  shift
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d jixiao -v ON_ERROR_STOP=1 -qAt "$@"
}

pg_url() {
  echo "jdbc:postgresql://127.0.0.1:$1/jixiao"
}

# jixiao_start NAME PORT [ARGS...]: the server in the background, its pid in $SCALE_DIR/NAME.pid; waits until
# it answers. JIXIAO_DB_URL and the like come from the caller's environment; JAVA_OPTS adds JVM options.
jixiao_start() {
  local name=$1 port=$2
  shift 2
  port_free "$port"
  # shellcheck disable=SC2086
  JIXIAO_PORT=$port JIXIAO_DEMO=${JIXIAO_DEMO:-false} java ${JAVA_OPTS:-} -jar "$JAR" serve "$@" \
    > "$SCALE_DIR/$name.log" 2>&1 &
  echo $! > "$SCALE_DIR/$name.pid"
  wait_http "http://127.0.0.1:$port/login" 120 || { tail -50 "$SCALE_DIR/$name.log" >&2; return 1; }
}

jixiao_stop() {
  local pid
  pid=$(cat "$SCALE_DIR/$1.pid" 2>/dev/null || true)
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$SCALE_DIR/$1.pid"
}

wait_http() {
  local url=$1 seconds=${2:-60}
  for _ in $(seq 1 $((seconds * 4))); do
    curl -s -o /dev/null "$url" && return 0
    sleep 0.25
  done
  echo "no answer from $url after ${seconds}s" >&2
  return 1
}

# login PORT USER PASSWORD COOKIEJAR: a session by the login form (CSRF token from the form).
login() {
  local port=$1 user=$2 password=$3 jar=$4 token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "http://127.0.0.1:$port/login" \
    --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token"
}

session_cookie() {
  awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$1" | tail -1
}

# The checks of the scripts: fail stops the script with a message; check NAME FOUND EXPECTED says ok or fails.
fail() { echo "FAILED: $*" >&2; exit 1; }
check() { [ "$2" = "$3" ] || fail "$1: expected $3, found $2"; echo "ok: $1 ($2)"; }
