#!/usr/bin/env bash
# Installs and runs the real services SignalHub's tests and developers need (RabbitMQ, PostgreSQL 15,
# Chromium) on Debian 12, as root, without systemd or Docker. Both servers listen on 127.0.0.1 only, on
# non-default ports so a developer's own servers are left alone, with data under one state folder.
# Data survives stop/start; `clean` throws it away. A private pair (the fault-injection tests) is the same
# script with its own SIGNALHUB_SERVICES_DIR, ports and SIGNALHUB_RABBITMQ_NODE.
#
# Usage: services.sh install|start|stop|status|env|clean
#        services.sh start-rabbitmq|stop-rabbitmq|start-postgres|stop-postgres
set -euo pipefail

STATE_DIR="${SIGNALHUB_SERVICES_DIR:-/tmp/signalhub-services}"
PG_PORT="${SIGNALHUB_POSTGRES_PORT:-55432}"
AMQP_PORT="${SIGNALHUB_RABBITMQ_PORT:-56720}"
DIST_PORT="${SIGNALHUB_RABBITMQ_DIST_PORT:-56721}"
EPMD_PORT="${SIGNALHUB_EPMD_PORT:-54369}"
TEST_DATABASE=signalhub_test
CHROMIUM=/usr/bin/chromium

PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR="$STATE_DIR/postgres"
PG_DATA="$PG_DIR/data"
PG_LOG="$PG_DIR/postgres.log"

RABBIT_BIN=/usr/lib/rabbitmq/bin
RABBIT_DIR="$STATE_DIR/rabbitmq"
RABBIT_NODE="${SIGNALHUB_RABBITMQ_NODE:-signalhub@localhost}"
RABBIT_PID_FILE="$RABBIT_DIR/rabbitmq.pid"
RABBIT_LOG="$RABBIT_DIR/log/$RABBIT_NODE.log"
EPMD_PID_FILE="$RABBIT_DIR/epmd.pid"
EPMD_LOG="$RABBIT_DIR/log/epmd.log"
EPMD_BIN=$(command -v epmd || echo /usr/lib/erlang/bin/epmd)

# The Debian wrappers in /usr/sbin switch to the rabbitmq user and its cookie; these settings keep
# every file (cookie, data, logs, config) in the state folder and every socket on loopback.
RABBIT_ENV=(
  HOME="$RABBIT_DIR/home"
  RABBITMQ_NODENAME="$RABBIT_NODE"
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  RABBITMQ_NODE_PORT="$AMQP_PORT"
  RABBITMQ_DIST_PORT="$DIST_PORT"
  RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
  RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
  RABBITMQ_PID_FILE="$RABBIT_PID_FILE"
  RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
  RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
  RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_DIR/advanced.config"
  RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf"
  ERL_EPMD_ADDRESS=127.0.0.1
  ERL_EPMD_PORT="$EPMD_PORT"
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
)

say() { printf 'services: %s\n' "$*"; }
warn() { printf 'services: ERROR: %s\n' "$*" >&2; }
die() { warn "$*"; exit 1; }

show_tail() {
  local file
  for file in "$@"; do
    [[ -s "$file" ]] || continue
    printf -- '----- last 30 lines of %s -----\n' "$file" >&2
    tail -n 30 "$file" >&2
  done
}

now() { date +%s.%N; }
elapsed_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }

is_root() { [[ "$(id -u)" -eq 0 ]]; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

port_is_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A killed daemon can linger as a zombie when PID 1 does not reap orphans; that counts as gone.
process_is_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null &&
    [[ "$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d ' ' -f 1)" != Z ]]
}

process_name() { cat "/proc/$1/comm" 2>/dev/null || true; }

read_pid() { if [[ -s "$1" ]]; then head -n 1 "$1" | tr -dc '0-9'; fi; }

# Waits for a process to end: up to $2 seconds after TERM, then KILL.
end_process() {
  local pid="$1" grace="${2:-20}" waited=0
  process_is_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  kill -CONT "$pid" 2>/dev/null || true
  while process_is_alive "$pid" && ((waited < grace * 10)); do sleep 0.1; waited=$((waited + 1)); done
  if process_is_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; sleep 0.2; fi
}

# Concurrent runs (two test runs, a developer and a test) must not start the same server twice.
take_lock() {
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/.lock"
  flock -w 180 9 || die "another services.sh holds $STATE_DIR/.lock for more than 3 minutes"
}

# ---- RabbitMQ ----
rabbit_ctl() { env "${RABBIT_ENV[@]}" "$RABBIT_BIN/rabbitmqctl" -n "$RABBIT_NODE" "$@"; }

rabbit_answers() {
  [[ -x "$RABBIT_BIN/rabbitmqctl" ]] && port_is_open "$AMQP_PORT" &&
    rabbit_ctl -q status --timeout 10 >/dev/null 2>&1
}

# Our epmd: the one whose pid file or whose port (argument or environment) is ours.
find_epmd_pid() {
  local pid proc environment arguments
  pid=$(read_pid "$EPMD_PID_FILE")
  if process_is_alive "$pid" && [[ "$(process_name "$pid")" == epmd ]]; then echo "$pid"; return; fi
  for proc in /proc/[0-9]*; do
    if [[ "$(cat "$proc/comm" 2>/dev/null)" != epmd ]] || ! process_is_alive "${proc#/proc/}"; then continue; fi
    environment=" $(tr '\0' ' ' 2>/dev/null <"$proc/environ" || true) "
    arguments=" $(tr '\0' ' ' 2>/dev/null <"$proc/cmdline" || true) "
    if [[ "$environment" == *" ERL_EPMD_PORT=$EPMD_PORT "* || "$arguments" == *" -port $EPMD_PORT "* ]]; then
      echo "${proc#/proc/}"; return
    fi
  done
  return 0
}

# Started here rather than by the Erlang VM, so its pid is known and `stop` can end it.
start_epmd() {
  local pid waited=0
  pid=$(find_epmd_pid)
  if [[ -n "$pid" ]]; then echo "$pid" >"$EPMD_PID_FILE"; return; fi
  if port_is_open "$EPMD_PORT"; then die "port $EPMD_PORT (epmd) is in use by another program; set SIGNALHUB_EPMD_PORT"; fi
  env ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT="$EPMD_PORT" \
    setsid "$EPMD_BIN" -address 127.0.0.1 -port "$EPMD_PORT" </dev/null >>"$EPMD_LOG" 2>&1 9>&- &
  echo $! >"$EPMD_PID_FILE"
  while ! port_is_open "$EPMD_PORT" && ((waited < 50)); do sleep 0.1; waited=$((waited + 1)); done
  port_is_open "$EPMD_PORT" || { warn "epmd did not start on 127.0.0.1:$EPMD_PORT"; show_tail "$EPMD_LOG"; exit 1; }
}

# Generated on every start so an edited script takes effect and /etc/rabbitmq is never read.
prepare_rabbit_dir() {
  mkdir -p "$RABBIT_DIR/home" "$RABBIT_DIR/mnesia" "$RABBIT_DIR/log"
  echo '[].' >"$RABBIT_DIR/enabled_plugins"
  echo '[].' >"$RABBIT_DIR/advanced.config"
  echo '# Written by services.sh: settings come from its environment variables.' >"$RABBIT_DIR/rabbitmq-env.conf"
  cat >"$RABBIT_DIR/rabbitmq.conf" <<'CONF'
# Written by services.sh: listener address and port come from RABBITMQ_NODE_IP_ADDRESS/RABBITMQ_NODE_PORT.
loopback_users.guest = true
log.console = false
log.file.level = info
CONF
}

start_rabbitmq() {
  local started pid
  [[ -x "$RABBIT_BIN/rabbitmq-server" ]] || die "RabbitMQ is not installed: run '$0 install' first"
  if rabbit_answers; then say "RabbitMQ already runs on 127.0.0.1:$AMQP_PORT"; return; fi
  started=$(now)
  prepare_rabbit_dir
  pid=$(read_pid "$RABBIT_PID_FILE")
  if process_is_alive "$pid" && [[ "$(process_name "$pid")" == beam* ]]; then
    say "RabbitMQ (pid $pid) runs but does not answer (an interrupted start?); ending it"
    end_process "$pid" 30
  fi
  if [[ -e "$RABBIT_PID_FILE" ]]; then say "removing a stale RabbitMQ pid file (pid ${pid:-?} is gone)"; fi
  rm -f "$RABBIT_PID_FILE"
  local port
  for port in "$AMQP_PORT" "$DIST_PORT"; do
    if port_is_open "$port"; then die "port $port is in use by another program; set SIGNALHUB_RABBITMQ_PORT / SIGNALHUB_RABBITMQ_DIST_PORT"; fi
  done
  start_epmd
  say "starting RabbitMQ (node $RABBIT_NODE, AMQP 127.0.0.1:$AMQP_PORT, data $RABBIT_DIR)"
  if ! (cd "$RABBIT_DIR" && env "${RABBIT_ENV[@]}" setsid "$RABBIT_BIN/rabbitmq-server" -detached) \
    >>"$RABBIT_DIR/start.log" 2>&1 9>&-; then
    warn "rabbitmq-server -detached failed"; show_tail "$RABBIT_DIR/start.log" "$RABBIT_LOG"; exit 1
  fi
  if ! rabbit_ctl wait "$RABBIT_PID_FILE" --timeout 90 >>"$RABBIT_DIR/start.log" 2>&1 ||
    ! rabbit_ctl -q await_startup --timeout 30 >>"$RABBIT_DIR/start.log" 2>&1 || ! rabbit_answers; then
    warn "RabbitMQ did not answer on 127.0.0.1:$AMQP_PORT within 90 s"
    show_tail "$RABBIT_DIR/start.log" "$RABBIT_LOG"; exit 1
  fi
  say "RabbitMQ ready on amqp://127.0.0.1:$AMQP_PORT/ (pid $(read_pid "$RABBIT_PID_FILE"), $(elapsed_since "$started") s)"
}

stop_rabbitmq() {
  local pid epmd_pid registered
  pid=$(read_pid "$RABBIT_PID_FILE")
  if process_is_alive "$pid" && [[ "$(process_name "$pid")" == beam* ]]; then
    say "stopping RabbitMQ (pid $pid)"
    if ! rabbit_ctl stop "$RABBIT_PID_FILE" >>"$RABBIT_DIR/stop.log" 2>&1; then
      warn "rabbitmqctl stop failed; ending pid $pid"; end_process "$pid" 30
    fi
    say "RabbitMQ stopped"
  elif rabbit_answers; then
    say "stopping RabbitMQ (no pid file)"
    rabbit_ctl stop >>"$RABBIT_DIR/stop.log" 2>&1 || die "rabbitmqctl stop failed; see $RABBIT_DIR/stop.log"
    say "RabbitMQ stopped"
  else
    say "RabbitMQ was not running"
  fi
  rm -f "$RABBIT_PID_FILE"
  epmd_pid=$(find_epmd_pid)
  if [[ -z "$epmd_pid" ]]; then return 0; fi
  # Another state folder with the same ports may share this epmd: leave it while a node is registered.
  registered=$("$EPMD_BIN" -port "$EPMD_PORT" -names 2>/dev/null || true)
  if [[ $'\n'"$registered" == *$'\n'"name "* ]]; then
    say "epmd (pid $epmd_pid) still serves another Erlang node; leaving it running"
  else
    end_process "$epmd_pid" 5; say "epmd (pid $epmd_pid) ended"
  fi
  rm -f "$EPMD_PID_FILE"
}
# ---- PostgreSQL ----
pg_ctl_as_postgres() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }

psql_test() {
  PGCONNECT_TIMEOUT=5 "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"
}

postgres_answers() {
  [[ -x "$PG_BIN/pg_isready" ]] && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 3 &&
    [[ "$(psql_test -d postgres -tAc 'SELECT 1' 2>/dev/null)" == 1 ]]
}

# Ours runs when postmaster.pid names a live postgres process; a file left by a killed run does not count.
postgres_is_running() {
  local pid
  pid=$(read_pid "$PG_DATA/postmaster.pid")
  process_is_alive "$pid" && [[ "$(process_name "$pid")" == postgres ]]
}

prepare_postgres_dir() {
  mkdir -p "$PG_DIR"
  if is_root; then chown postgres:postgres "$PG_DIR"; fi
  as_postgres test -w "$PG_DIR" ||
    die "the postgres user cannot write $PG_DIR: every parent folder must be traversable (chmod o+x)"
}

create_test_database() {
  if [[ "$(psql_test -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$TEST_DATABASE'")" != 1 ]]; then
    psql_test -d postgres -c "CREATE DATABASE $TEST_DATABASE" || die "could not create database $TEST_DATABASE"
    say "created database $TEST_DATABASE"
  fi
}

start_postgres() {
  local started waited=0
  [[ -x "$PG_BIN/initdb" ]] || die "PostgreSQL 15 is not installed: run '$0 install' first"
  started=$(now)
  prepare_postgres_dir
  if [[ ! -s "$PG_DATA/PG_VERSION" ]]; then
    rm -rf "$PG_DATA"
    say "creating a PostgreSQL cluster in $PG_DATA"
    if ! as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$PG_DIR/initdb.log" 2>&1; then
      warn "initdb failed"; show_tail "$PG_DIR/initdb.log"; exit 1
    fi
  fi
  if postgres_is_running; then
    say "PostgreSQL already runs on 127.0.0.1:$PG_PORT"
  else
    if [[ -e "$PG_DATA/postmaster.pid" ]]; then
      say "removing a stale PostgreSQL postmaster.pid"; rm -f "$PG_DATA/postmaster.pid"
    fi
    if port_is_open "$PG_PORT"; then die "port $PG_PORT is in use by another program; set SIGNALHUB_POSTGRES_PORT"; fi
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT (data $PG_DATA)"
    if ! pg_ctl_as_postgres -l "$PG_LOG" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k '$PG_DIR'" start >>"$PG_DIR/pg_ctl.log" 2>&1 9>&-; then
      warn "PostgreSQL did not start"; show_tail "$PG_DIR/pg_ctl.log" "$PG_LOG"; exit 1
    fi
  fi
  while ! postgres_answers && ((waited < 30)); do sleep 1; waited=$((waited + 1)); done
  if ! postgres_answers; then
    warn "PostgreSQL does not answer on 127.0.0.1:$PG_PORT"; show_tail "$PG_LOG"; exit 1
  fi
  create_test_database
  say "PostgreSQL ready on 127.0.0.1:$PG_PORT, database $TEST_DATABASE ($(elapsed_since "$started") s)"
}

stop_postgres() {
  if postgres_is_running; then
    say "stopping PostgreSQL"
    if ! pg_ctl_as_postgres -m fast -w -t 60 stop >>"$PG_DIR/pg_ctl.log" 2>&1; then
      warn "pg_ctl stop failed"; show_tail "$PG_DIR/pg_ctl.log" "$PG_LOG"; exit 1
    fi
    say "PostgreSQL stopped"
  else
    say "PostgreSQL was not running"
  fi
}

package_is_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

install_packages() {
  local started missing=() package
  started=$(now)
  for package in rabbitmq-server postgresql chromium; do
    package_is_installed "$package" || missing+=("$package")
  done
  if [[ ! -x "$PG_BIN/initdb" ]] && package_is_installed postgresql; then missing+=(postgresql-15); fi
  if ((${#missing[@]} == 0)); then
    say "install: rabbitmq-server, postgresql 15 and chromium are already installed ($(elapsed_since "$started") s)"
    return
  fi
  is_root || die "install needs root to apt-get install: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  say "install: apt-get update (missing: ${missing[*]})"
  apt-get update -qq || die "apt-get update failed"
  say "install: apt-get install ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get install ${missing[*]} failed"
  say "install: done in $(elapsed_since "$started") s"
}

print_env() {
  printf "export SIGNALHUB_TEST_POSTGRES='%s'\n" \
    "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$TEST_DATABASE;Timeout=15;Include Error Detail=true"
  printf "export SIGNALHUB_TEST_RABBITMQ='%s'\n" "amqp://guest:guest@127.0.0.1:$AMQP_PORT/"
  printf "export SIGNALHUB_TEST_CHROMIUM='%s'\n" "$CHROMIUM"
  printf "export SIGNALHUB_SERVICES_SCRIPT='%s'\n" "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/services.sh"
}

print_status() {
  local all_running=0 pid
  pid=$(read_pid "$RABBIT_PID_FILE")
  if rabbit_answers; then
    say "RabbitMQ: running (node $RABBIT_NODE, AMQP 127.0.0.1:$AMQP_PORT, pid $pid)"
  elif process_is_alive "$pid" && [[ "$(process_name "$pid")" == beam* ]]; then
    say "RabbitMQ: pid $pid runs but does not answer (start-rabbitmq restarts it)"; all_running=3
  else
    say "RabbitMQ: stopped"; all_running=3
  fi
  if postgres_answers; then
    say "PostgreSQL: running (127.0.0.1:$PG_PORT, data $PG_DATA)"
  elif postgres_is_running; then
    say "PostgreSQL: runs but does not answer on 127.0.0.1:$PG_PORT (see $PG_LOG)"; all_running=3
  else
    say "PostgreSQL: stopped"; all_running=3
  fi
  if [[ -x "$CHROMIUM" ]]; then say "Chromium: installed at $CHROMIUM"; else say "Chromium: not installed"; fi
  return "$all_running"
}

main() {
  local command="${1:-}"
  case "$command" in
    install) install_packages ;;
    start) take_lock; start_rabbitmq; start_postgres ;;
    stop) take_lock; stop_rabbitmq; stop_postgres ;;
    start-rabbitmq) take_lock; start_rabbitmq ;;
    stop-rabbitmq) take_lock; stop_rabbitmq ;;
    start-postgres) take_lock; start_postgres ;;
    stop-postgres) take_lock; stop_postgres ;;
    status) print_status ;;
    env) print_env ;;
    clean) take_lock; stop_rabbitmq; stop_postgres; rm -rf "$RABBIT_DIR" "$PG_DIR"; say "removed data under $STATE_DIR" ;;
    *)
      printf 'usage: %s install|start|stop|status|env|clean|start-rabbitmq|stop-rabbitmq|start-postgres|stop-postgres\n' "$0" >&2
      exit 2 ;;
  esac
}

main "$@"
