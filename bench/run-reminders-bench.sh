#!/usr/bin/env bash
# Issue 16's reminder-run benchmark on PostgreSQL. Not part of ./mvnw verify.
#
#   flock /tmp/guichet-maven.lock ./mvnw -o -q -DskipTests package && flock /tmp/guichet-maven.lock bench/run-reminders-bench.sh
#
# Creates a database of its own, starts the application on it (demo company), clones one of the demo's issued invoices
# BENCH_INVOICES (1,000,000) times as open invoices (sent, nothing paid) over the demo's business customers, one in
# ten overdue by 8 to 67 days (lines are not needed), then in the same run:
#  (a) the floor: the equivalent set-based SQL — the overdue invoices with their balance, one row each INSERTed …
#      SELECTed into a scratch copy of billing_reminder — timed by psql;
#  (b) the reminder run started by hand like billing does it (form login as facturation, POST
#      /back/billing/reminders/runs), awaited until its row says DONE: time = finished_at − started_at, the JVM's heap
#      used sampled every 2 s during the run (jcmd GC.heap_info);
#  (c) the letters' sender that follows the run, for BENCH_LETTER_SECONDS (60): letters and emails made per second.
# BENCH_JFR=file.jfr records the run with Java Flight Recorder (jcmd JFR.start before the POST, JFR.dump after it),
# for `jfr print --events jdk.ExecutionSample file.jfr`; leave it unset for the figures of docs/benchmarks.md.
# Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

. bench/lib.sh
PORT="${BENCH_PORT:-18166}"
INVOICES="${BENCH_INVOICES:-1000000}"
LETTER_SECONDS="${BENCH_LETTER_SECONDS:-60}"
JAR="$(guichet_jar)"
DB="${BENCH_DB:-guichet_reminders_bench_$$}"
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

# What the demo's own reminders left: the bench counts only its own invoices' reminders.
TEMPLATE="$(q "SELECT id FROM billing_invoice WHERE kind = 'INVOICE' AND status IN ('SENT', 'PAID', 'PARTLY_PAID')
  ORDER BY id LIMIT 1")"
ORGS="$(q "SELECT string_agg(id::text, ',' ORDER BY id) FROM customers_organisation WHERE kind = 'COMPANY'")"
NORGS="$(q "SELECT COUNT(*) FROM customers_organisation WHERE kind = 'COMPANY'")"
echo "== Cloning invoice $TEMPLATE $INVOICES times over $NORGS business customers (10 % overdue)"
OPEN="{\"organisation_id\":\"(ARRAY[$ORGS])[1 + g % $NORGS]\",\"status\":\"'SENT'\",
 \"number\":\"'RB-' || lpad(g::text, 8, '0')\",\"series\":\"'RB'\",\"paid\":\"0\",\"credited\":\"0\",
 \"issue_date\":\"CASE WHEN g % 10 = 0 THEN current_date - 38 - (g / 10) % 60 ELSE current_date - 5 END\",
 \"due_date\":\"CASE WHEN g % 10 = 0 THEN current_date - 8 - (g / 10) % 60 ELSE current_date + 25 END\"}"
START_LOAD=$(date +%s)
RANGE="$(psql -d "$DB" -v ON_ERROR_STOP=1 -At -F' ' -f bench/invoice-data.sql \
  -c "SELECT * FROM pg_temp.clone_invoices($TEMPLATE, $INVOICES, \$j\$$OPEN\$j\$::jsonb, FALSE)" | tail -n 1)"
FIRST="${RANGE% *}"
q "ANALYZE" >/dev/null
echo "loaded in $(( $(date +%s) - START_LOAD )) s"
OPEN_COUNT="$(q "SELECT COUNT(*) FROM billing_invoice WHERE status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')
  AND kind <> 'CREDIT_NOTE' AND amount_due - paid - credited > 0")"
LEVEL="$(q "SELECT id FROM billing_reminder_level ORDER BY position LIMIT 1")"
DELAY="$(q "SELECT delay_days FROM billing_reminder_level ORDER BY position LIMIT 1")"
OVERDUE="$(q "SELECT COUNT(*) FROM billing_invoice WHERE id >= $FIRST AND due_date <= current_date - $DELAY")"
echo "open invoices: $OPEN_COUNT, of the bench's overdue by the first level's delay: $OVERDUE"

echo "== (a) Floor: the set-based SQL into a scratch copy of billing_reminder"
FLOOR_MS="$(psql -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
CREATE TABLE bench_reminder (LIKE billing_reminder INCLUDING ALL);
\timing on
INSERT INTO bench_reminder (invoice_id, level_id, instalment, organisation_id, as_of, sent_at, sent_by, balance,
                            interest, indemnity, language)
SELECT i.id, $LEVEL, 0, i.organisation_id, current_date, now(), 'bench', i.amount_due - i.paid - i.credited, 0, 40, 'fr'
  FROM billing_invoice i
 WHERE i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')
   AND i.amount_due - i.paid - i.credited > 0 AND i.due_date <= current_date - $DELAY;
SQL
)"
FLOOR_ROWS="$(q "SELECT COUNT(*) FROM bench_reminder")"
echo "floor: $FLOOR_ROWS rows in $FLOOR_MS ms"

echo "== (a2) Floor into billing_reminder itself (its foreign keys and unique constraint checked), rolled back"
REAL_FLOOR_MS="$(psql -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
BEGIN;
\timing on
INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, as_of, sent_at, sent_by, balance,
                              interest, indemnity, language)
SELECT i.id, $LEVEL, 0, i.organisation_id, current_date, now(), 'bench', i.amount_due - i.paid - i.credited, 0, 40, 'fr'
  FROM billing_invoice i
 WHERE i.kind <> 'CREDIT_NOTE' AND i.status IN ('VALIDATED', 'SENT', 'PARTLY_PAID')
   AND i.amount_due - i.paid - i.credited > 0 AND i.due_date <= current_date - $DELAY
ON CONFLICT DO NOTHING;
\timing off
ROLLBACK;
SQL
)"
echo "floor into billing_reminder: $REAL_FLOOR_MS ms (rolled back)"

echo "== (b) The reminder run, started by hand"
COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
TOKEN="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)"
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" -d "username=facturation&password=Guichet-Demo-2026&_csrf=$TOKEN" "$BASE/login"
TOKEN="$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/back/billing/reminders" | csrf)"
[ -n "$TOKEN" ] || { echo "Not signed in" >&2; exit 1; }
BEFORE="$(q "SELECT COALESCE(MAX(id), 0) FROM billing_reminder_run")"
[ -z "${BENCH_JFR:-}" ] || jcmd "$APP_PID" JFR.start name=bench settings=profile >/dev/null
curl -s -o /dev/null -w '%{http_code}\n' -c "$COOKIES" -b "$COOKIES" -d "_csrf=$TOKEN" "$BASE/back/billing/reminders/runs"
RUN=""
for _ in $(seq 1 50); do
  RUN="$(q "SELECT id FROM billing_reminder_run WHERE id > $BEFORE ORDER BY id LIMIT 1")"
  [ -n "$RUN" ] && break
  sleep 0.2
done
[ -n "$RUN" ] || { echo "No run started" >&2; exit 1; }
HEAP="$WORK/heap"
: >"$HEAP"
while true; do
  STATUS="$(q "SELECT status FROM billing_reminder_run WHERE id = $RUN")"
  jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 's/.*heap *total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1 >>"$HEAP" || true
  case "$STATUS" in WAITING|RUNNING) sleep 2 ;; *) break ;; esac
done
echo "run $RUN: $STATUS"
[ -z "${BENCH_JFR:-}" ] || jcmd "$APP_PID" JFR.dump name=bench filename="$(realpath -m "$BENCH_JFR")" >/dev/null
RESULT="$(q "SELECT EXTRACT(EPOCH FROM finished_at - started_at) * 1000, total, counted, sent, skipped, failed
  FROM billing_reminder_run WHERE id = $RUN" )"
IFS='|' read -r RUN_MS TOTAL COUNTED SENT SKIPPED FAILED <<<"$RESULT"
HEAP_MIN="$(sort -n "$HEAP" | head -n 1)"; HEAP_MAX="$(sort -n "$HEAP" | tail -n 1)"; SAMPLES="$(wc -l <"$HEAP")"

echo "== (c) The letters' sender after the run, ${LETTER_SECONDS} s"
L0="$(q "SELECT COUNT(*) FROM billing_reminder WHERE run_id = $RUN AND (pdf IS NOT NULL OR mail_id IS NOT NULL)")"
sleep "$LETTER_SECONDS"
L1="$(q "SELECT COUNT(*) FROM billing_reminder WHERE run_id = $RUN AND (pdf IS NOT NULL OR mail_id IS NOT NULL)")"
LEFT="$(q "SELECT COUNT(*) FROM billing_reminder WHERE run_id = $RUN AND pdf IS NULL AND mail_id IS NULL")"

awk -v floor="$FLOOR_MS" -v realfloor="$REAL_FLOOR_MS" -v rows="$FLOOR_ROWS" -v run="$RUN_MS" -v total="$TOTAL" -v counted="$COUNTED" -v sent="$SENT" \
    -v skipped="$SKIPPED" -v failed="$FAILED" -v hmin="$HEAP_MIN" -v hmax="$HEAP_MAX" -v samples="$SAMPLES" \
    -v invoices="$OPEN_COUNT" -v l0="$L0" -v l1="$L1" -v secs="$LETTER_SECONDS" -v left="$LEFT" 'BEGIN {
  printf "| what | volume | time | rate | beside |\n|---|---|---|---|---|\n"
  printf "| Floor: INSERT … SELECT of the overdue invoices with their balance into a copy of billing_reminder (psql) | %d rows of %d open invoices | %.2f s | %.0f rows/s | — |\n", rows, invoices, floor / 1000, rows / (floor / 1000)
  printf "| Floor into billing_reminder itself (foreign keys, unique constraint; rolled back) (psql) | %d rows | %.2f s | %.0f rows/s | — |\n", rows, realfloor / 1000, rows / (realfloor / 1000)
  printf "| Reminder run started by hand (finished_at − started_at) | %d overdue looked at, %d reminders written, %d skipped, %d failed | %.2f s | %.0f invoices/s | %.2f × the floor (%.2f s) · %.2f × the floor into billing_reminder (%.2f s) |\n", counted, sent, skipped, failed, run / 1000, counted / (run / 1000), run / floor, floor / 1000, run / realfloor, realfloor / 1000
  printf "| JVM heap used during the run (jcmd GC.heap_info every 2 s) | %d samples | — | min %.0f MiB · max %.0f MiB | -Xmx2g |\n", samples, hmin / 1024, hmax / 1024
  printf "| Letters sender after the run (FOP PDF + email to the outbox, one transaction each), %d s | %d letters | %d s | %.1f letters/s | %d still to send |\n", secs, l1 - l0, secs, (l1 - l0) / secs, left
}'
