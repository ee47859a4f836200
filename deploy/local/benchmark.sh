#!/usr/bin/env bash
# THE benchmark (issue 11): starts the real services (deploy/local/services.sh), builds Release and runs
# tests/SignalHub.Benchmarks, which feeds generated months of 10k, 100k and 1M signals through real
# signalhub processes on SQLite + in-memory bus and on PostgreSQL + RabbitMQ, measures them against a
# PostgreSQL COPY + GROUP BY of the same rows, checks the outcome against the generator's expected.json,
# prints a table and writes artifacts/benchmarks/benchmark-<time>.json. Exits non-zero when any signal
# is lost or any match or route is wrong. Extra arguments go to the benchmark, e.g.
#   deploy/local/benchmark.sh --sizes 10k,100k --stacks sqlite --load-seconds 20
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo_root"

bash deploy/local/services.sh start
eval "$(bash deploy/local/services.sh env)"

dotnet build tests/SignalHub.Benchmarks -c Release -nologo -v q
exec dotnet tests/SignalHub.Benchmarks/bin/Release/net10.0/SignalHub.Benchmarks.dll --out "$repo_root/artifacts/benchmarks" "$@"
