#!/usr/bin/env bash
# Issue 16's bank statement benchmark on PostgreSQL. Not part of ./mvnw verify.
#
#   flock /tmp/guichet-maven.lock ./mvnw -o -q -DskipTests package && flock /tmp/guichet-maven.lock bench/run-statements-bench.sh
#
# Creates a database of its own, starts the application on it (demo company), clones one of the demo's issued invoices
# BENCH_OPEN (100,000) times as open invoices over the demo's business customers, gives each business customer an IBAN
# known from a previous payment, then writes a camt.053.001.08 file of BENCH_ENTRIES (100,000) credit entries
# (bench/StatementBench.java generate: half name an open invoice's number, a quarter an amount from a known IBAN, a
# quarter nothing known) and, in the same run:
#  (a) a plain StAX parse of the file counting its entries (bench/StatementBench.java parse, the best of three);
#  (b) its import and automatic matching through POST /api/v1/statements (a BILLING token), timed by curl; after
#      BENCH_IMPORT_MAX (300) seconds curl stops waiting and the script prints how far the import got;
#  (c) a floor: the same writes as plain set-based SQL in one transaction (bench/statements-floor.sql), timed around
#      one psql run: the import's entries, payments, allocations, matches, invoices' rows and history lines copied by
#      INSERT … SELECT for a second bank account (none of the matching's reading or deciding: only its writes).
# Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18167}"
ENTRIES="${BENCH_ENTRIES:-100000}"
OPEN="${BENCH_OPEN:-100000}"
JAR="$(guichet_jar)"
DB="${BENCH_DB:-guichet_statements_bench_$$}"
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
guichet_start "$JAR" "$DB" "$PORT" "$WORK/app.log" -Xmx2g
BASE="http://127.0.0.1:$PORT"
q() { psql -d "$DB" -v ON_ERROR_STOP=1 -At -c "$1"; }
TOKEN="$(guichet_api_token "$DB" facturation bench)"

TEMPLATE="$(q "SELECT id FROM billing_invoice WHERE kind = 'INVOICE' AND status IN ('SENT', 'PAID', 'PARTLY_PAID')
  ORDER BY id LIMIT 1")"
ORGS="$(q "SELECT string_agg(id::text, ',' ORDER BY id) FROM customers_organisation WHERE kind = 'COMPANY'")"
NORGS="$(q "SELECT COUNT(*) FROM customers_organisation WHERE kind = 'COMPANY'")"
echo "== Cloning invoice $TEMPLATE $OPEN times as open invoices over $NORGS business customers"
# numbered as billing numbers (SB-<year>-000001), each of its own amount; those the IBAN quarter pays are due first
# (matching by amount looks at a customer's 500 open invoices due first)
OPENED="{\"organisation_id\":\"(ARRAY[$ORGS])[1 + g % $NORGS]\",\"status\":\"'SENT'\",
 \"number\":\"'SB-' || extract(year FROM current_date) || '-' || lpad(g::text, 6, '0')\",\"series\":\"'SB'\",
 \"amount_due\":\"100 + g / 100.0\",\"paid\":\"0\",\"credited\":\"0\",\"issue_date\":\"current_date - 20\",
 \"due_date\":\"CASE WHEN g > $OPEN / 2 THEN current_date - 5 ELSE current_date + 10 END\"}"
psql -d "$DB" -v ON_ERROR_STOP=1 -q -At -f bench/invoice-data.sql \
  -c "SELECT * FROM pg_temp.clone_invoices($TEMPLATE, $OPEN, \$j\$$OPENED\$j\$::jsonb, FALSE)" >/dev/null
# an IBAN known from a previous payment for each business customer: FR, checked, BBAN 30006 00001 <id on 11> 00
q "INSERT INTO billing_payment (organisation_id, received_on, amount, method, reference, payer_iban, recorded_by, recorded_at)
   SELECT o.id, current_date - 60, 1.00, 'TRANSFER', 'bench',
          'FR' || lpad((98 - mod(('3000600001' || lpad(o.id::text, 11, '0') || '00' || '152700')::numeric, 97))::text, 2, '0')
          || '3000600001' || lpad(o.id::text, 11, '0') || '00', 'bench', now()
     FROM customers_organisation o WHERE o.kind = 'COMPANY'" >/dev/null
q "ANALYZE" >/dev/null
ACCOUNT_IBAN="FR7630006000011112223334429"  # not the demo's own account
ACCOUNT="$(q "INSERT INTO billing_bank_account (name, iban, currency, created_at, updated_at, updated_by, version)
  VALUES ('Banque du banc', '$ACCOUNT_IBAN', 'EUR', now(), now(), 'bench', 0) RETURNING id" | head -n 1)"
q "SELECT i.number || ';' || (i.amount_due - i.paid - i.credited) || ';' || p.payer_iban FROM billing_invoice i
   JOIN billing_payment p ON p.organisation_id = i.organisation_id AND p.reference = 'bench'
  WHERE i.series = 'SB' ORDER BY i.id" >"$WORK/numbers"

echo "== Generating $ENTRIES entries"
java bench/StatementBench.java generate "$WORK/camt.xml" "$ENTRIES" "$ACCOUNT_IBAN" "$WORK/numbers"
ls -l "$WORK/camt.xml" | awk '{print "file: " $5 " bytes"}'

echo "== (a) Plain StAX parse"
java -Xmx512m bench/StatementBench.java parse "$WORK/camt.xml" | tee "$WORK/parse"
PARSE_MS="$(sed -n 's/.*parse_ms=\([0-9.]*\).*/\1/p' "$WORK/parse")"

echo "== (b) Import and matching through POST /api/v1/statements"
curl -s -m "${BENCH_IMPORT_MAX:-300}" -o "$WORK/answer.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
  -F "bankAccountId=$ACCOUNT" -F "format=CAMT053" -F "file=@$WORK/camt.xml;type=application/xml" \
  "$BASE/api/v1/statements" | tee "$WORK/import" || true
cat "$WORK/answer.json" 2>/dev/null || true; echo
# what the import had done when it answered (or when curl gave up waiting: BENCH_IMPORT_MAX seconds)
echo "entries stored: $(q "SELECT COUNT(*) FROM billing_statement_entry"), matched so far: $(q "SELECT COUNT(*) FROM billing_statement_entry WHERE state <> 'NEW'")"

echo "== (c) Floor: the same writes as set-based SQL (psql, one transaction)"
IMPORT_ID="$(q "SELECT MAX(id) FROM billing_statement_import")"
FLOOR_ACCOUNT="$(q "INSERT INTO billing_bank_account (name, iban, currency, created_at, updated_at, updated_by, version)
  VALUES ('Banque du plancher', 'FR7630006000019876543210173', 'EUR', now(), now(), 'bench', 0) RETURNING id" | head -n 1)"
FLOOR_IMPORT="$(q "INSERT INTO billing_statement_import (bank_account_id, file_name, format, imported_by, imported_at,
  entry_count, new_count, known_count, matched_count, content) SELECT $FLOOR_ACCOUNT, file_name, format, imported_by, now(),
  entry_count, new_count, known_count, matched_count, content FROM billing_statement_import WHERE id = $IMPORT_ID
  RETURNING id" | head -n 1)"
q "CHECKPOINT" >/dev/null
FLOOR_START="$(date +%s%N)"
psql -d "$DB" -v ON_ERROR_STOP=1 -q -v source="$IMPORT_ID" -v account="$FLOOR_ACCOUNT" -v import="$FLOOR_IMPORT" \
  -f bench/statements-floor.sql >/dev/null
FLOOR_MS="$(( ($(date +%s%N) - FLOOR_START) / 1000000 ))"
echo "floor: $FLOOR_MS ms; rows written: $(q "SELECT (SELECT COUNT(*) FROM billing_statement_entry WHERE import_id = $FLOOR_IMPORT)
  || ' entries, ' || (SELECT COUNT(*) FROM billing_payment p JOIN billing_statement_entry e ON e.id = p.statement_entry_id
  WHERE e.import_id = $FLOOR_IMPORT) || ' payments'")"
IMPORT_S="$(awk '{print $2}' "$WORK/import")"
STATUS="$(awk '{print $1}' "$WORK/import")"
ANSWER="$(cat "$WORK/answer.json" 2>/dev/null || echo 'no answer')"
awk -v parse="$PARSE_MS" -v imp="$IMPORT_S" -v n="$ENTRIES" -v status="$STATUS" -v answer="$ANSWER" -v floor="$FLOOR_MS" 'BEGIN {
  printf "| what | volume | time | rate | beside |\n|---|---|---|---|---|\n"
  printf "| Plain StAX parse of the camt.053.001.08 file (JDK, best of three) | %d entries | %.2f s | %.0f entries/s | — |\n", n, parse / 1000, n / (parse / 1000)
  printf "| Floor: the same writes as set-based SQL, one psql transaction | %d entries and their payments | %.2f s | %.0f entries/s | %.1f × the parse |\n", n, floor / 1000, n / (floor / 1000), floor / parse
  printf "| Import and automatic matching, POST /api/v1/statements (HTTP %s) | %s | %.2f s | %.0f entries/s | %.1f × the parse, %.1f × the floor |\n", status, answer, imp, n / imp, imp * 1000 / parse, imp * 1000 / floor
}'
