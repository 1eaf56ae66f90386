#!/usr/bin/env bash
# Benchmarks of Guichet on PostgreSQL with 1,000,000 requests. Not part of ./mvnw verify: run it by hand.
#
#   ./mvnw -DskipTests package && bench/run-benchmarks.sh
#
# Creates a database of its own on the local PostgreSQL, starts the application on it, loads a million requests with
# their history, then measures over HTTP from this machine (bench/RequestBench.java): API creation at 1, 16 and 64
# clients, the first and a deep page of a work queue, the desk's customer search. Writes docs/benchmarks.md.
# The figures (issue 13) have their own data and script: bench/run-report-bench.sh (BENCH_REPORTS=true runs it after).
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18090}"
SECONDS_PER_RUN="${BENCH_SECONDS:-15}"
ROWS="${BENCH_ROWS:-1000000}"
JAR="$(guichet_jar)"
DB="guichet_bench_$$"
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
GUICHET_DB_POOL_SIZE="${BENCH_POOL:-20}" guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log" -Xmx2g

echo "== Loading $ROWS requests with their history"
LOAD_START=$(date +%s)
psql -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL
INSERT INTO requests_request (reference, subject, category, channel, priority, status, is_open, organisation_id, requester_name,
    team_id, handoff_count, first_response_due, resolution_due, created_at, updated_at, version)
SELECT 'DEM-2025-' || CASE WHEN g >= 100000 THEN g::text ELSE lpad(g::text, 6, '0') END,
       'Demande historique ' || g,
       (ARRAY['TECHNICAL','BILLING','PRE_SALES','AFTER_SALES','OTHER'])[1 + g % 5],
       (ARRAY['PORTAL','PHONE','EMAIL','COUNTER','WEB_FORM'])[1 + g % 5],
       (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 5],
       CASE WHEN g % 10 < 7 THEN 'CLOSED' WHEN g % 10 = 7 THEN 'RESOLVED' WHEN g % 10 = 8 THEN 'IN_PROGRESS' ELSE 'NEW' END,
       g % 10 >= 8,
       (ARRAY(SELECT id FROM customers_organisation ORDER BY id))[1 + g % 40],
       'Client ' || g,
       (ARRAY(SELECT id FROM identity_team ORDER BY id))[1 + g % 8],
       1,
       now() - make_interval(mins => g) + interval '4 hours',
       now() - make_interval(mins => g) + interval '2 days',
       now() - make_interval(mins => g),
       now() - make_interval(mins => g),
       1
FROM generate_series(1, $ROWS) g;
INSERT INTO requests_event (request_id, kind, actor_name, to_team_id, at)
SELECT id, 'SUBMITTED', requester_name, team_id, created_at FROM requests_request WHERE reference LIKE 'DEM-2025-%';
INSERT INTO requests_team_event (request_id, created_at, kind, to_team_id)
SELECT id, created_at, 'SUBMITTED', team_id FROM requests_request WHERE reference LIKE 'DEM-2025-%';
ANALYZE;
SQL
LOAD_SECONDS=$(( $(date +%s) - LOAD_START ))
echo "   loaded in ${LOAD_SECONDS}s"

CREATE_TOKEN="$(guichet_api_token "$DB" accueil bench)"
QUEUE_TOKEN="$(guichet_api_token "$DB" support bench)"
DEEP="$(psql -d "$DB" -At -c "SELECT to_char(resolution_due AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id
  FROM requests_request WHERE team_id = (SELECT id FROM identity_team WHERE code = 'support')
  AND status IN ('NEW','IN_PROGRESS','WAITING_CUSTOMER') ORDER BY resolution_due, id OFFSET 20000 LIMIT 1")"
CURSOR="$(printf '%s' "$DEEP" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
OPEN_SUPPORT="$(psql -d "$DB" -At -c "SELECT COUNT(*) FROM requests_request WHERE team_id = (SELECT id FROM identity_team WHERE code = 'support') AND status IN ('NEW','IN_PROGRESS','WAITING_CUSTOMER')")"

# The 360° screen of one customer with 1,000 requests (its share of the million is larger) and 200 contracts.
CUSTOMER="$(psql -d "$DB" -At -c "SELECT id FROM customers_organisation ORDER BY id LIMIT 1")"
CUSTOMER_REQUESTS="$(psql -d "$DB" -At -c "SELECT COUNT(*) FROM requests_request WHERE organisation_id = $CUSTOMER")"
psql -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL
INSERT INTO contracts_contract (reference, organisation_id, title, status, start_date, initial_end_date, auto_renewal,
    renewal_months, notice_days, created_at, updated_at, version)
SELECT 'CTR-BENCH-' || g, $CUSTOMER, 'Contrat ' || g, CASE WHEN g % 4 = 0 THEN 'CANCELLED' ELSE 'ACTIVE' END,
       current_date - (g * 3), current_date - (g * 3) + 364, TRUE, 12, 60, now(), now(), 1
FROM generate_series(1, 200) g;
INSERT INTO contracts_line (contract_id, position, item_code, label, quantity, unit_price, discount_percent, vat_rate, recurrence)
SELECT id, p, 'INFOG-POSTE', 'Infogérance du poste de travail', 5, 39.00, 0, 'STANDARD', 'MONTHLY'
FROM contracts_contract, generate_series(0, 1) p WHERE reference LIKE 'CTR-BENCH-%';
SQL

echo "== Measuring (${SECONDS_PER_RUN}s per creation run)"
java bench/RequestBench.java "http://127.0.0.1:$PORT" "$CREATE_TOKEN" "$QUEUE_TOKEN" "$CURSOR" "$SECONDS_PER_RUN" \
  "$CUSTOMER" "$CUSTOMER_REQUESTS requests, 200 contracts" | tee "$WORK/results.md"
TOTAL="$(psql -d "$DB" -At -c "SELECT COUNT(*) FROM requests_request")"

{
  echo "# Benchmarks"
  echo
  echo "Measured by \`bench/run-benchmarks.sh\` (after \`./mvnw -DskipTests package\`) on $(date -u +%Y-%m-%d): the"
  echo "application on PostgreSQL, the load generator (\`bench/RequestBench.java\`: one keep-alive HTTP/1.1 socket per"
  echo "client for creations after a 60 s warm-up, the JDK HttpClient for the reads, each read path called as many times"
  echo "untimed before it is measured) on the same machine."
  echo "Figures are what one run printed; they are not asserted by any test."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "- $(java -version 2>&1 | head -n 1); application heap -Xmx2g; connection pool ${BENCH_POOL:-20}"
  echo "- $(psql -d "$DB" -At -c 'SELECT version()' | cut -d, -f1)"
  echo
  echo "## Data"
  echo
  echo "$ROWS historical requests (70 % closed, 10 % resolved, 20 % open) over 8 teams and 40 customers, each with its"
  echo "history line, loaded by SQL in ${LOAD_SECONDS}s; $OPEN_SUPPORT open requests in the support team's queue;"
  echo "$TOTAL requests at the end of the run."
  echo
  echo "## Results"
  echo
  echo "| what | volume | latency | errors |"
  echo "|---|---|---|---|"
  cat "$WORK/results.md"
  echo
  echo "Targets from issue 3 (2 cores, generator on the same box): create ≥ 3,000 requests/s at 16 clients with"
  echo "p99 ≤ 50 ms and no error; queue pages p95 ≤ 15 ms; search p95 ≤ 50 ms. Target from issue 4: the 360° screen"
  echo "of a customer with 1,000 requests and 200 contracts under 200 ms on the server."
  echo
  cat bench/NOTES.md
} >docs/benchmarks.md
echo "== Written docs/benchmarks.md"
if [ "${BENCH_REPORTS:-false}" = true ]; then
  cleanup; APP_PID=""
  bench/run-report-bench.sh
fi
