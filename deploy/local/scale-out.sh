#!/usr/bin/env bash
# Scale-out, shown on one machine: one web process, two workers and two schedulers (separate `signalhub
# serve --roles ...` processes) against the local RabbitMQ and PostgreSQL of services.sh, each run with
# its own database and queue prefix. A synthetic month (`signalhub generate`) goes in through the partner
# API in the order expected.json names; the matches are then compared with expected.json, and the script
# reports how the chunks and the scheduled jobs were spread over the processes. A clustered scheduler that
# misses its check-in on a busy machine may have a fire time run twice: that count is reported, and the
# effects (cases marked, partners reminded, matches dispatched, fires recorded) must still be once.
#
# Usage: scale-out.sh [--signals N] [--period YYYY-MM] [--keep]
#   SIGNALHUB_DLL  the signalhub.dll to run (default: build src/SignalHub into the work folder)
# Exit code: 0 when the result is exactly the expected answer, 1 on any difference, 2 on a setup error.
set -euo pipefail

SIGNALS=2000
PERIOD=2026-10
KEEP=0
while (($#)); do
  case "$1" in
    --signals) SIGNALS="$2"; shift 2 ;;
    --period) PERIOD="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) printf 'usage: %s [--signals N] [--period YYYY-MM] [--keep]\n' "$0" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PG_PORT="${SIGNALHUB_POSTGRES_PORT:-55432}"
AMQP_PORT="${SIGNALHUB_RABBITMQ_PORT:-56720}"
RUN_ID="$(date +%s)$$"
DATABASE="signalhub_scaleout_$RUN_ID"
WORK="$(mktemp -d /tmp/signalhub-scale-out.XXXXXX)"
PIDS=()

say() { printf 'scale-out: %s\n' "$*"; }
die() { printf 'scale-out: ERROR: %s\n' "$*" >&2; exit 2; }
psql_admin() { PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
sql() { psql_admin -d "$DATABASE" -tAc "$1"; }
port_is_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port
  while :; do port=$((20000 + RANDOM % 20000)); port_is_open "$port" || { echo "$port"; return; }; done
}

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if ((KEEP)); then say "kept database $DATABASE and $WORK"; return; fi
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v jq >/dev/null || die "jq is needed (apt-get install jq)"
command -v psql >/dev/null || die "psql is needed (services.sh install)"
port_is_open "$PG_PORT" && port_is_open "$AMQP_PORT" || die "PostgreSQL ($PG_PORT) or RabbitMQ ($AMQP_PORT) is not running: bash $HERE/services.sh start"

DLL="${SIGNALHUB_DLL:-}"
if [[ -z "$DLL" ]]; then
  say "building src/SignalHub"
  dotnet build "$REPO/src/SignalHub" -nologo -v q -o "$WORK/bin" >"$WORK/build.log" 2>&1 || { tail -n 20 "$WORK/build.log" >&2; die "build failed"; }
  DLL="$WORK/bin/signalhub.dll"
fi
signalhub() { Logging__LogLevel__Default=Warning dotnet "$DLL" "$@"; }

export Storage__Provider=postgres
export Storage__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$DATABASE;Timeout=15"
export Bus__Transport=rabbitmq Bus__Host=127.0.0.1 Bus__Port="$AMQP_PORT" Bus__QueuePrefix="scaleout-$RUN_ID"
export Storage__MigrateOnStart=false
# A server database needs its encryption keys configured: fresh ones for this run.
export Encryption__Keys__run=$(head -c 32 /dev/urandom | base64) Encryption__ActiveKeyId=run Encryption__HashKey=$(head -c 32 /dev/urandom | base64)
# Every job every few seconds, so that two schedulers have something to share in a short run (names with
# a dash cannot be exported by bash: env passes them).
SCHEDULES=()
for job in dispatch-ready delivery-reminders late-deliveries outreach-deadlines; do SCHEDULES+=("Scheduling__Schedules__$job=0/3 * * * * ?"); done

say "database $DATABASE, queue prefix $Bus__QueuePrefix, work folder $WORK"
psql_admin -d postgres -c "CREATE DATABASE $DATABASE" >/dev/null
signalhub migrate >/dev/null
signalhub generate --out "$WORK/month" --signals "$SIGNALS" --period "$PERIOD" --json >"$WORK/generate.json"
EXPECTED="$WORK/month/expected.json"
declare -A KEYS
while IFS=, read -r name type; do
  KEYS["$name"]=$(signalhub partner add --name "$name" --type "$type" --json | jq -r .apiKey)
done < <(tail -n +2 "$WORK/month/partners.csv")
signalhub areas import "$WORK/month/areas.csv" >/dev/null

start_process() { # name roles
  local port; port=$(free_port)
  env "${SCHEDULES[@]}" Logging__LogLevel__Default=Warning Logging__LogLevel__SignalHub=Information \
    dotnet "$DLL" serve --roles "$2" --urls "http://127.0.0.1:$port" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  echo "$!" >"$WORK/$1.pid"
  echo "$port" >"$WORK/$1.port"
}
wait_ready() { # name
  local port waited=0; port=$(cat "$WORK/$1.port")
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
    ((waited++ < 240)) || { tail -n 20 "$WORK/$1.log" >&2; die "$1 was not ready within 60 s"; }
    sleep 0.25
  done
}
PROCESSES=(web worker-1 worker-2 scheduler-1 scheduler-2)
start_process web web
start_process worker-1 worker; start_process worker-2 worker
start_process scheduler-1 scheduler; start_process scheduler-2 scheduler
for name in "${PROCESSES[@]}"; do wait_ready "$name"; done
WEB="http://127.0.0.1:$(cat "$WORK/web.port")"
say "web on $WEB, 2 workers, 2 schedulers ready; pids ${PIDS[*]}"

UNHANDLED="SELECT COUNT(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = o.id::text)"
STARTED=$(date +%s)
while IFS=$'\t' read -r partner file; do
  id=$(curl -sSf -X POST -H "Authorization: Bearer ${KEYS[$partner]}" -H "Content-Type: text/csv" \
    --data-binary "@$WORK/month/$file" "$WEB/api/v1/deliveries?period=$PERIOD" | jq -r .deliveryId)
  waited=0
  until [[ "$(sql "SELECT status FROM deliveries WHERE id = '$id'")" =~ ^(completed|rejected)$ && "$(sql "$UNHANDLED")" == 0 ]]; do
    ((waited++ < 3000)) || die "delivery $id ($file) was not done within 10 minutes"
    sleep 0.2
  done
  say "$file: $(sql "SELECT status || ', ' || rows_accepted || ' accepted, ' || rows_rejected || ' rejected, ' || chunk_count || ' chunks' FROM deliveries WHERE id = '$id'")"
done < <(jq -r --arg p "$PERIOD" '.periods[] | select(.period == $p) | .imports[] | [.partner, .file] | @tsv' "$EXPECTED")
say "month taken in, matched and dispatched in $(($(date +%s) - STARTED)) s"
sleep 4 # a few more scheduler fires
# Stop the schedulers, so the fires in their logs and in job_fires are the same ones.
for name in scheduler-1 scheduler-2; do kill -TERM "$(cat "$WORK/$name.pid")" 2>/dev/null || true; done
for name in scheduler-1 scheduler-2; do wait "$(cat "$WORK/$name.pid")" 2>/dev/null || true; done

jq -r --arg p "$PERIOD" '.periods[] | select(.period == $p) | .matches[] | .key as $k |
  if (.references | length) == 0 then "\($k)|" else .references[] | "\($k)|\(.partner) | \(.reference)" end' "$EXPECTED" | LC_ALL=C sort >"$WORK/expected.txt"
sql "SELECT m.address_key || '|' || COALESCE(p.name || ' | ' || s.reference, '') FROM matches m
     LEFT JOIN signals s ON s.match_id = m.id AND s.status = 'current' LEFT JOIN partners p ON p.id = s.partner_id
     WHERE m.period = '$PERIOD'" | LC_ALL=C sort >"$WORK/actual.txt"
EXPECTED_ROWS=$(jq --arg p "$PERIOD" '.periods[] | select(.period == $p) | .totals.rows' "$EXPECTED")
EXPECTED_MATCHES=$(jq --arg p "$PERIOD" '.periods[] | select(.period == $p) | .matches | length' "$EXPECTED")
STORED=$(sql "SELECT COUNT(*) FROM signals")
DUPLICATE_SIGNALS=$(sql "SELECT COUNT(*) - COUNT(DISTINCT (delivery_id, reference)) FROM signals")
MATCHES=$(sql "SELECT COUNT(*) FROM matches WHERE period = '$PERIOD'")
CASES=$(sql "SELECT COUNT(*) FROM cases")
DUPLICATE_CASES=$(sql "SELECT COUNT(*) - COUNT(DISTINCT match_id) FROM cases")
DIFFERENT=$(diff "$WORK/expected.txt" "$WORK/actual.txt" | grep -c '^[<>]' || true)

say "rows expected $EXPECTED_ROWS, stored $STORED, duplicate signals $DUPLICATE_SIGNALS"
say "matches expected $EXPECTED_MATCHES, stored $MATCHES; door-signal lines different from expected.json: $DIFFERENT; cases $CASES, duplicate cases $DUPLICATE_CASES"
for name in worker-1 worker-2; do
  say "$name: $(grep -c 'Chunk .* stored' "$WORK/$name.log" || true) chunks"
done
for name in scheduler-1 scheduler-2; do
  say "$name: $(grep -c 'Job [^ ]* ran for' "$WORK/$name.log" || true) job runs"
done
JOB_RUNS=$(cat "$WORK"/scheduler-*.log | grep -o 'Job [^ ]* ran for [^ ]*' | sort)
DISTINCT_RUNS=$(printf '%s\n' "$JOB_RUNS" | sort -u | grep -c . || true)
DUPLICATE_RUNS=$(($(printf '%s\n' "$JOB_RUNS" | grep -c . || true) - DISTINCT_RUNS))
SKIPPED_RUNS=$(cat "$WORK"/scheduler-*.log | grep -c 'Job [^ ]* already ran for' || true)
RECORDED_FIRES=$(sql "SELECT COUNT(*) FROM job_fires")
DUPLICATE_MARKS=$(sql "SELECT COUNT(*) - COUNT(DISTINCT (case_id, event)) FROM case_events WHERE actor = 'signalhub:deadlines'")
DUPLICATE_REMINDERS=$(sql "SELECT COUNT(*) - COUNT(DISTINCT (partner_id, period, kind)) FROM partner_reminders")
say "job runs $(printf '%s\n' "$JOB_RUNS" | grep -c . || true), run twice for one fire time: $DUPLICATE_RUNS, second runs that changed nothing: $SKIPPED_RUNS"
say "fire times $DISTINCT_RUNS, recorded fires $RECORDED_FIRES; cases marked twice $DUPLICATE_MARKS, partners reminded twice $DUPLICATE_REMINDERS"

if [[ "$STORED" != "$EXPECTED_ROWS" || "$DUPLICATE_SIGNALS" != 0 || "$MATCHES" != "$EXPECTED_MATCHES" || "$DIFFERENT" != 0 ||
  "$CASES" != "$MATCHES" || "$DUPLICATE_CASES" != 0 || "$SKIPPED_RUNS" != "$DUPLICATE_RUNS" || "$RECORDED_FIRES" != "$DISTINCT_RUNS" ||
  "$DUPLICATE_MARKS" != 0 || "$DUPLICATE_REMINDERS" != 0 ]]; then
  diff "$WORK/expected.txt" "$WORK/actual.txt" | head -n 20 >&2 || true
  say "MISMATCH: the result differs from expected.json"
  exit 1
fi
say "OK: the result is exactly expected.json"
