-- Issue 16's statement benchmark floor (bench/run-statements-bench.sh): what the import of :source wrote — its
-- entries in their final state, one payment per matched entry, the allocations, the match rows, each paid invoice's
-- row written once and one history line per allocation — written again as plain set-based SQL, in one transaction,
-- for another bank account (:account, import :import). Only the writes: none of the reading, parsing or deciding.
BEGIN;
-- new ids for the entries and their payments, drawn as the application's INSERTs draw them
CREATE TEMP TABLE floor_ids ON COMMIT DROP AS
SELECT e.id AS old_entry, nextval(pg_get_serial_sequence('billing_statement_entry', 'id')) AS new_entry,
       e.payment_id AS old_payment,
       CASE WHEN e.payment_id IS NOT NULL THEN nextval(pg_get_serial_sequence('billing_payment', 'id')) END AS new_payment
FROM billing_statement_entry e WHERE e.import_id = :source;

INSERT INTO billing_statement_entry (id, bank_account_id, import_id, entry_key, booking_date, value_date, amount, label,
    bank_reference, end_to_end_id, remittance, counterparty_name, counterparty_iban, state, explanation_key,
    explanation_args, handled_by, handled_at, payment_id, version)
SELECT f.new_entry, :account, :import, e.entry_key, e.booking_date, e.value_date, e.amount, e.label, e.bank_reference,
       e.end_to_end_id, e.remittance, e.counterparty_name, e.counterparty_iban, e.state, e.explanation_key,
       e.explanation_args, e.handled_by, now(), f.new_payment, e.version
FROM billing_statement_entry e JOIN floor_ids f ON f.old_entry = e.id ORDER BY e.id;

INSERT INTO billing_payment (id, organisation_id, received_on, amount, method, reference, payer_name, payer_iban,
    statement_entry_id, recorded_by, recorded_at)
SELECT f.new_payment, p.organisation_id, p.received_on, p.amount, p.method, p.reference, p.payer_name, p.payer_iban,
       f.new_entry, p.recorded_by, now()
FROM floor_ids f JOIN billing_payment p ON p.id = f.old_payment ORDER BY f.new_payment;

INSERT INTO billing_payment_allocation (payment_id, invoice_id, amount, allocated_on, allocated_at, allocated_by)
SELECT f.new_payment, a.invoice_id, a.amount, a.allocated_on, now(), a.allocated_by
FROM floor_ids f JOIN billing_payment_allocation a ON a.payment_id = f.old_payment ORDER BY a.id;

INSERT INTO billing_statement_match (entry_id, invoice_id, amount, payment_id, automatic, matched_by, matched_at)
SELECT f.new_entry, m.invoice_id, m.amount, f.new_payment, m.automatic, m.matched_by, now()
FROM floor_ids f JOIN billing_statement_match m ON m.entry_id = f.old_entry ORDER BY m.id;

-- each paid invoice's row written once (same paid amount and status: the write, not a second payment)
UPDATE billing_invoice i SET paid = i.paid, status = i.status, lifecycle = i.lifecycle, updated_at = now(),
    version = i.version + 1
WHERE i.id IN (SELECT a.invoice_id FROM floor_ids f JOIN billing_payment_allocation a ON a.payment_id = f.old_payment);

INSERT INTO billing_invoice_event (invoice_id, occurred_at, by_name, change, status, lifecycle, detail)
SELECT a.invoice_id, now(), a.allocated_by, 'payment', i.status, i.lifecycle, a.amount || ' — TRANSFER'
FROM floor_ids f JOIN billing_payment_allocation a ON a.payment_id = f.old_payment
JOIN billing_invoice i ON i.id = a.invoice_id ORDER BY a.id;
COMMIT;
