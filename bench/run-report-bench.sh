#!/usr/bin/env bash
# The figures' benchmark (issue 13, ADR 0025) on PostgreSQL with 1,000,000 requests. Not part of ./mvnw verify.
#
#   ./mvnw -DskipTests package && bench/run-report-bench.sh
#
# Creates a database of its own on the local PostgreSQL, starts the application on it (demo company), loads
# BENCH_ROWS requests with their history and team lines (bench/report-data.sql, which ends with VACUUM ANALYZE), then
# calls each report of the API BENCH_READS times untimed and as many times timed, with the API root measured the
# same way right after each as the baseline (bench/ReportBench.java). Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18091}"
ROWS="${BENCH_ROWS:-1000000}"
READS="${BENCH_READS:-50}"
JAR="$(guichet_jar)"
DB="guichet_report_bench_$$"
WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  sleep 2
  psql -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"
guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log" -Xmx1g

echo "== Loading $ROWS requests for the figures"
LOAD_START=$(date +%s)
psql -d "$DB" -q -v rows="$ROWS" -f bench/report-data.sql
echo "   loaded in $(( $(date +%s) - LOAD_START ))s"

ADMIN_TOKEN="$(guichet_api_token "$DB" admin bench)"
LEAD_TOKEN="$(guichet_api_token "$DB" chef.support bench)"
echo "== Measuring ($READS timed reads each, the API root beside each)"
java -Dreads="$READS" bench/ReportBench.java "http://127.0.0.1:$PORT" "$ADMIN_TOKEN" "$LEAD_TOKEN"
