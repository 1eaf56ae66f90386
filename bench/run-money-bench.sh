#!/usr/bin/env bash
# Issue 15's benchmarks (quotes and invoices) on PostgreSQL. Not part of ./mvnw verify.
#
#   ./mvnw -DskipTests package && bench/run-money-bench.sh
#
# Creates a database of its own, starts the application on it (demo company), then:
#  1. BENCH_DRAFTS (40,000) draft invoices of two lines (clones of one drafted through the API), validated through the
#     API at 1, 8 and 32 clients, each run beside the API root and request creations at as many clients in the same
#     minute (bench/InvoiceBench.java validate); then checks the invoices' series: numbers 1..N, no gap, no duplicate,
#     as many as validations answered 200;
#  2. 5,000 issued invoices for one customer (paid, sent, some overdue): the desk's 360° view of that customer,
#     measured before the next load;
#  3. 1,000,000 issued invoices over the 40 customers: billing's invoice list, first page and a deep page, its totals, and the
#     portal's list of one customer (its 25,000 invoices), first page and a deep page;
#     each read BENCH_READS (100) times after as many untimed, the API root read the same way right after it.
# Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18154}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
DRAFTS="${BENCH_DRAFTS:-40000}"
LIST_ROWS="${BENCH_LIST_ROWS:-1000000}"
READS="${BENCH_READS:-100}"
JAR="$(guichet_jar)"
DB="${BENCH_DB:-guichet_money_bench_$$}"
WORK="$(mktemp -d)"
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  sleep 2
  [ "${BENCH_KEEP_DB:-false}" = true ] || psql -d postgres -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -d postgres -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $DB"
GUICHET_DB_POOL_SIZE="${BENCH_POOL:-20}" guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log" -Xmx2g
BASE="http://127.0.0.1:$PORT"
BILLING_TOKEN="$(guichet_api_token "$DB" admin bench)"
CREATE_TOKEN="$(guichet_api_token "$DB" accueil bench)"
YEAR="$(date +%Y)"
q() { psql -d "$DB" -v ON_ERROR_STOP=1 -At -c "$1"; }

# A template draft through the API, with the lines of a real invoice.
ORG1="$(q "SELECT id FROM customers_organisation ORDER BY id LIMIT 1")"
TEMPLATE="$(curl -fsS -H "Authorization: Bearer $BILLING_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"organisationId\":$ORG1,\"lines\":[{\"itemCode\":\"INFOG-POSTE\",\"quantity\":5},{\"itemCode\":\"HOTLINE-PRO\",\"quantity\":12,\"discountPercent\":10}]}" \
  "$BASE/api/v1/invoices" | sed 's/.*"id":\([0-9]*\).*/\1/')"
VERSION="$(q "SELECT version FROM billing_invoice WHERE id = $TEMPLATE")"
echo "== Template draft $TEMPLATE (version $VERSION); cloning $DRAFTS drafts"
RANGE="$(psql -d "$DB" -v ON_ERROR_STOP=1 -At -F' ' -f bench/invoice-data.sql \
  -c "SELECT * FROM pg_temp.clone_invoices($TEMPLATE, $DRAFTS, '{}'::jsonb, TRUE)" | tail -n 1)"
FIRST="${RANGE% *}"; LAST="${RANGE#* }"
[ $((LAST - FIRST + 1)) -eq "$DRAFTS" ] || { echo "Drafts not contiguous: $RANGE" >&2; exit 1; }
q "ANALYZE" >/dev/null

if [ "${BENCH_VALIDATIONS:-true}" = true ]; then
echo "== Validations (${SECONDS_EACH}s per run, API root and request creations beside each)"
java bench/InvoiceBench.java validate "$BASE" "$BILLING_TOKEN" "$CREATE_TOKEN" "$FIRST" "$LAST" "$VERSION" "$SECONDS_EACH" \
  | tee "$WORK/validate.md"
VALIDATED="$(sed -n 's/^validated=//p' "$WORK/validate.md")"
SERIES="$(q "SELECT COUNT(*), COUNT(DISTINCT number), MIN(s), MAX(s), MAX(s) - MIN(s) + 1 - COUNT(*)
  FROM (SELECT number, CAST(substring(number FROM '([0-9]+)\$') AS BIGINT) AS s FROM billing_invoice
        WHERE number LIKE 'FA-$YEAR-%') t")"
echo "| Series FA-$YEAR after the runs: numbered, distinct, first, last, gaps | $SERIES | validations answered 200: $VALIDATED |"
fi

[ "${BENCH_READS_TOO:-true}" = true ] || exit 0 # BENCH_READS_TOO=false: the validations alone

echo "== 5,000 invoices for one customer"
ORG2="$(q "SELECT id FROM customers_organisation ORDER BY id OFFSET 1 LIMIT 1")"
ISSUED="{\"organisation_id\":\"$ORG2\",\"status\":\"CASE WHEN g % 20 = 0 THEN 'SENT' WHEN g % 7 = 0 THEN 'PARTLY_PAID' ELSE 'PAID' END\",
 \"number\":\"'BX-' || lpad(g::text, 7, '0')\",\"series\":\"'BX'\",\"issue_date\":\"current_date - (g % 1500)\",
 \"due_date\":\"current_date - (g % 1500) + 30\",\"validated_at\":\"now() - make_interval(days => g % 1500)\",
 \"paid\":\"CASE WHEN g % 20 = 0 THEN 0 WHEN g % 7 = 0 THEN round(t.amount_due / 2, 2) ELSE t.amount_due END\"}"
psql -d "$DB" -v ON_ERROR_STOP=1 -q -At -f bench/invoice-data.sql \
  -c "SELECT * FROM pg_temp.clone_invoices($TEMPLATE, 5000, \$j\$$ISSUED\$j\$::jsonb, FALSE)" >/dev/null

q "ANALYZE billing_invoice" >/dev/null
echo "== Reads ($READS timed each after as many untimed, the API root right after each)"
java -Dreads="$READS" bench/InvoiceBench.java read "$BASE" "$BILLING_TOKEN" accueil Guichet-Demo-2026 \
  "Desk 360° view of a customer with 5,000 invoices (and the demo's requests and contracts)" "/desk/customers/$ORG2"

echo "== $LIST_ROWS invoices over the customers"
LOAD_START=$(date +%s)
LISTED="$(printf '%s' "$ISSUED" | sed "s/\"organisation_id\":\"$ORG2\"/\"organisation_id\":\"(ARRAY(SELECT id FROM customers_organisation ORDER BY id))[1 + g % 40]\"/; s/'BX-'/'BL-'/; s/'BX'/'BL'/; s/g % 1500/g % 365/g")"
psql -d "$DB" -v ON_ERROR_STOP=1 -q -At -f bench/invoice-data.sql \
  -c "SELECT * FROM pg_temp.clone_invoices($TEMPLATE, $LIST_ROWS, \$j\$$LISTED\$j\$::jsonb, FALSE)" >/dev/null
q "VACUUM ANALYZE billing_invoice" >/dev/null
echo "   loaded in $(( $(date +%s) - LOAD_START ))s; $(q "SELECT COUNT(*) FROM billing_invoice") invoices in all"
ORG3="$(q "SELECT id FROM customers_organisation ORDER BY id OFFSET 2 LIMIT 1")"
ORG3_COUNT="$(q "SELECT COUNT(*) FROM billing_invoice WHERE organisation_id = $ORG3 AND status <> 'DRAFT'")"
DEEP_PORTAL="$(q "SELECT 'beforeDate=' || issue_date || '&beforeId=' || id FROM billing_invoice WHERE organisation_id = $ORG3
  AND status <> 'DRAFT' ORDER BY issue_date DESC, id DESC OFFSET 20000 LIMIT 1")"
CLIENT3="$(q "SELECT u.username FROM identity_user u WHERE u.customer_organisation_id = $ORG3 ORDER BY u.id LIMIT 1")"

echo "== Reads ($READS timed each after as many untimed, the API root right after each)"
DEEP_BILLING="$(q "SELECT id FROM billing_invoice ORDER BY id DESC OFFSET 500000 LIMIT 1")"
java -Dreads="${BENCH_LIST_READS:-20}" bench/InvoiceBench.java read "$BASE" "$BILLING_TOKEN" admin Guichet-Demo-2026 \
  "Billing's invoice list /back/billing, first page (every invoice; totals follow)" "/back/billing" \
  "The totals of that filter (the fragment htmx loads after the page: every invoice)" "/back/billing/totals" \
  "Billing's invoice list, a page 500,000 invoices deep (keyset)" "/back/billing?after=$DEEP_BILLING" \
  "Billing's invoice list, one customer's, first page" "/back/billing?organisationId=$ORG3"
java -Dreads="$READS" bench/InvoiceBench.java read "$BASE" "$BILLING_TOKEN" "$CLIENT3" Guichet-Demo-2026 \
  "Portal invoice list, first page (a customer with $ORG3_COUNT of the $LIST_ROWS invoices)" "/portal/invoices" \
  "Portal invoice list, a page 20,000 invoices deep (keyset)" "/portal/invoices?$DEEP_PORTAL"
