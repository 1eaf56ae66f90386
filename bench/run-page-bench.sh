#!/usr/bin/env bash
# The public site's page views (issue 14, ADR 0029) on PostgreSQL. Not part of ./mvnw verify.
#
#   ./mvnw -DskipTests package && bench/run-page-bench.sh
#
# Creates a database of its own on the local PostgreSQL, starts the application on it (demo company and its site),
# then has BENCH_CLIENTS (16) anonymous visitors read the site's pages at once for BENCH_SECONDS (15) after as long
# untimed: from the cache, then rendered (a query the cache never keeps), then the API root with a token, the
# baseline, the same way (bench/PageBench.java). Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18092}"
CLIENTS="${BENCH_CLIENTS:-16}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
JAR="$(guichet_jar)"
DB="${BENCH_DB:-guichet_page_bench_$$}"
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

TOKEN="$(guichet_api_token "$DB" integration.erp bench)"
echo "== Measuring ($CLIENTS clients, ${SECONDS_EACH}s each after as long untimed)"
java -Dclients="$CLIENTS" -Dseconds="$SECONDS_EACH" bench/PageBench.java "http://127.0.0.1:$PORT" "$TOKEN"
