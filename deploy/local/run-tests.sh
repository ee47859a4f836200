#!/usr/bin/env bash
# THE test command: starts the real services (deploy/local/services.sh), builds SignalHub.sln once (Release),
# then runs the test projects with --no-build: the domain tests first, then three lanes side by side (the host
# tests, their long reliability and month-sized tests, the browser tests). Ends with exactly one line `N passed, N failed, N skipped`, summed over the TRX files
# in artifacts/test-results/. Exits non-zero when the build fails, a test fails or no test ran at all.
# Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Matching".
#
# --quick   the day-to-day tier: domain tests and the host tests on SQLite + in-memory bus; no browser, no
#           PostgreSQL or RabbitMQ (the services are neither started nor used; a test that needs them skips),
#           none of the reliability tests ([Category("Reliability")]) nor the month-sized ones ([Category("Slow")]).
#
# SIGNALHUB_STOP_SERVICES=1   stop the services afterwards (they keep running otherwise)
# SIGNALHUB_TRX_PARSER=awk    read the TRX files with awk even when python3 is present
# SIGNALHUB_TEST_WORKERS=N    fixtures run at once in the host tests (default 3: most of a fixture's time is waiting)
set -uo pipefail # no -e: every path must reach the summary line

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo_root" || exit 1
services="$repo_root/deploy/local/services.sh"
results_dir="$repo_root/artifacts/test-results"
started=$SECONDS

say() { printf 'run-tests: %s\n' "$*"; }

finish() {
  local exit_code="$1" passed="$2" failed="$3" skipped="$4"
  if [[ "${SIGNALHUB_STOP_SERVICES:-0}" == 1 && $quick == 0 ]]; then bash "$services" stop; fi
  printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
  exit "$exit_code"
}

# Prints "passed failed skipped" over the top-level UnitTestResult elements of all TRX files given.
count_with_python() {
  python3 - "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET

ns = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for path in sys.argv[1:]:
    results = ET.parse(path).getroot().find(ns + "Results")
    for result in [] if results is None else results.findall(ns + "UnitTestResult"):
        outcome = result.get("outcome", "")
        if outcome in ("Passed", "PassedButRunAborted"):
            passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted", "Disconnected"):
            failed += 1
        else:
            skipped += 1
print(passed, failed, skipped)
PY
}

# The same count without python: records split at '<', so attributes spread over lines still match.
count_with_awk() {
  awk '
    BEGIN { RS = "<"; passed = 0; failed = 0; skipped = 0; nested = 0 }
    /^InnerResults[ \t\r\n>]/ { nested++ }
    /^\/InnerResults/ { nested-- }
    nested == 0 && /^UnitTestResult[ \t\r\n]/ {
      outcome = ""
      if (match($0, /outcome="[^"]*"/)) outcome = substr($0, RSTART + 9, RLENGTH - 10)
      if (outcome == "Passed" || outcome == "PassedButRunAborted") passed++
      else if (outcome ~ /^(Failed|Error|Timeout|Aborted|Disconnected)$/) failed++
      else skipped++
    }
    END { print passed, failed, skipped }
  ' "$@"
}

count_results() {
  if (($# == 0)); then echo "0 0 0"; return 0; fi
  if [[ "${SIGNALHUB_TRX_PARSER:-}" != awk ]] && command -v python3 >/dev/null 2>&1; then
    count_with_python "$@"
  else
    count_with_awk "$@"
  fi
}

# --quick is ours; a --filter is merged with the quick tier's; everything else goes to dotnet test as given.
quick=0
user_filter=""
test_args=()
while (($# > 0)); do
  case "$1" in
    --quick) quick=1 ;;
    --filter) user_filter="${2:-}"; shift ;;
    --filter=*) user_filter="${1#--filter=}" ;;
    *) test_args+=("$1") ;;
  esac
  shift
done

# The quick tier leaves out the PostgreSQL + RabbitMQ (and SQL Server) half of every scenario, the reliability
# tests that drive real servers and processes, and the month-sized ones.
quick_filter="FullyQualifiedName!~PostgresRabbitMq&FullyQualifiedName!~SqlServerInMemory&TestCategory!=Reliability&TestCategory!=Slow"

# Sets filter_args to a lane's part of the tests (empty: all), narrowed by the --filter given.
lane() {
  local part="$1" combined
  if [[ -n "$part" && -n "$user_filter" ]]; then
    combined="($part)&($user_filter)"
  else
    combined="$part$user_filter"
  fi
  filter_args=()
  if [[ -n "$combined" ]]; then filter_args=(--filter "$combined"); fi
}
lane ""

if ((quick)); then
  # No services: whatever a developer's shell exported, tests that need a server skip instead of using it.
  unset SIGNALHUB_TEST_POSTGRES SIGNALHUB_TEST_RABBITMQ SIGNALHUB_TEST_SQLSERVER SIGNALHUB_TEST_REQUIRE_SERVICES
else
  if ! bash "$services" install || ! bash "$services" start; then
    say "the services did not start (see above)"
    finish 1 0 0 0
  fi
  services_env=$(bash "$services" env) || { say "services.sh env failed"; finish 1 0 0 0; }
  eval "$services_env"
  export SIGNALHUB_TEST_REQUIRE_SERVICES=1
fi
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

rm -rf "$results_dir"
mkdir -p "$results_dir"

# The quick tier builds only what it runs (deploy/local/quick.slnf: no browser tests, no benchmark program).
build_target=SignalHub.sln
if ((quick)); then build_target=deploy/local/quick.slnf; fi
say "dotnet build $build_target -c Release"
if ! dotnet build "$build_target" -c Release -nologo -v q; then
  say "the build failed (see above)"
  finish 1 0 0 0
fi
say "built in $((SECONDS - started)) s"

workers="${SIGNALHUB_TEST_WORKERS:-3}"

# One test project, already built; its TRX file is named after it, its output lines start with its short name.
run_project() {
  local name="$1" project="$2" arg
  shift 2
  # Our runsettings go after the ones given, behind a single `--`.
  for arg in "${test_args[@]}"; do if [[ "$arg" == -- && "${1:-}" == -- ]]; then shift; fi; done
  dotnet test "$project" -c Release --no-build --results-directory "$results_dir" \
    --logger "trx;LogFileName=$name.trx" "${filter_args[@]}" "${test_args[@]}" "$@" 2>&1 | sed -u "s/^/[$name] /"
  return "${PIPESTATUS[0]}"
}

failed_runs=0
say "dotnet test --no-build ${filter_args[*]} ${test_args[*]}"
run_project domain tests/SignalHub.Domain.Tests || failed_runs=$((failed_runs + 1))

if ((quick)); then
  lane "$quick_filter" && run_project host tests/SignalHub.Tests -- "NUnit.NumberOfTestWorkers=$workers" ||
    failed_runs=$((failed_runs + 1))
else
  # Three lanes side by side, as each mostly waits (on servers, child processes, Chromium): the host tests a few
  # fixtures at a time; the long ones (reliability, a month of signals; most must run alone) one after the other in
  # a test process of their own; the browser tests.
  pids=()
  (lane "TestCategory!=Reliability&TestCategory!=Slow" &&
    run_project host tests/SignalHub.Tests -- "NUnit.NumberOfTestWorkers=$workers") &
  pids+=($!)
  (lane "TestCategory=Reliability|TestCategory=Slow" && run_project long tests/SignalHub.Tests -- NUnit.NumberOfTestWorkers=1) &
  pids+=($!)
  (lane "" && run_project browser tests/SignalHub.Browser.Tests) &
  pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid" || failed_runs=$((failed_runs + 1)); done
fi

shopt -s nullglob
trx_files=("$results_dir"/*.trx)
if ! counts=$(count_results "${trx_files[@]}"); then
  say "could not read the TRX files in $results_dir"
  finish 1 0 0 0
fi
read -r passed failed skipped <<<"$counts"
say "read ${#trx_files[@]} TRX file(s) in ${results_dir#"$repo_root"/}; $((SECONDS - started)) s in all"

exit_code=0
if ((failed_runs > 0)); then
  say "dotnet test exited non-zero for $failed_runs test project(s) (failing test or crashed test host)"
  exit_code=1
fi
if ((failed > 0)); then exit_code=1; fi
if ((passed + failed + skipped == 0)); then
  say "no test ran"
  exit_code=1
fi
finish "$exit_code" "$passed" "$failed" "$skipped"
