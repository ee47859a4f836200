#!/usr/bin/env bash
# THE test command: starts the real services (deploy/local/services.sh), runs every test project of
# SignalHub.sln against them, and ends with exactly one line `N passed, N failed, N skipped`, summed
# over the TRX files in artifacts/test-results/. Exits non-zero when the build fails, a test fails or
# no test ran at all. Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Matching".
#
# SIGNALHUB_STOP_SERVICES=1   stop the services afterwards (they keep running otherwise)
# SIGNALHUB_TRX_PARSER=awk    read the TRX files with awk even when python3 is present
set -uo pipefail # no -e: every path must reach the summary line

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo_root" || exit 1
services="$repo_root/deploy/local/services.sh"
results_dir="$repo_root/artifacts/test-results"

say() { printf 'run-tests: %s\n' "$*"; }

finish() {
  local exit_code="$1" passed="$2" failed="$3" skipped="$4"
  if [[ "${SIGNALHUB_STOP_SERVICES:-0}" == 1 ]]; then bash "$services" stop; fi
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

if ! bash "$services" install || ! bash "$services" start; then
  say "the services did not start (see above)"
  finish 1 0 0 0
fi
services_env=$(bash "$services" env) || { say "services.sh env failed"; finish 1 0 0 0; }
eval "$services_env"
export SIGNALHUB_TEST_REQUIRE_SERVICES=1
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

rm -rf "$results_dir"
mkdir -p "$results_dir"
say "dotnet test SignalHub.sln -c Release $*"
dotnet test SignalHub.sln -c Release --results-directory "$results_dir" \
  --logger "trx;LogFilePrefix=SignalHub" "$@"
dotnet_exit=$?

shopt -s nullglob
trx_files=("$results_dir"/*.trx)
if ! counts=$(count_results "${trx_files[@]}"); then
  say "could not read the TRX files in $results_dir"
  finish 1 0 0 0
fi
read -r passed failed skipped <<<"$counts"
say "read ${#trx_files[@]} TRX file(s) in ${results_dir#"$repo_root"/}"

exit_code=0
if ((dotnet_exit != 0)); then
  say "dotnet test exited with code $dotnet_exit (build error, failing test or crashed test host)"
  exit_code=1
fi
if ((failed > 0)); then exit_code=1; fi
if ((passed + failed + skipped == 0)); then
  say "no test ran"
  exit_code=1
fi
finish "$exit_code" "$passed" "$failed" "$skipped"
