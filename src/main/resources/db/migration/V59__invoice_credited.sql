-- What its validated credit notes took off an invoice (issue 15): its own "still to pay" is what is due less what was
-- paid and what was credited, as the customer's balance already counted it. Filled from the credit notes made so far;
-- an invoice paid in part and credited for the rest is paid.
ALTER TABLE billing_invoice ADD COLUMN credited NUMERIC(14, 2) DEFAULT 0 NOT NULL;

UPDATE billing_invoice SET credited = COALESCE((SELECT SUM(c.total_gross) FROM billing_invoice c
    WHERE c.credited_invoice_id = billing_invoice.id AND c.kind = 'CREDIT_NOTE' AND c.status <> 'DRAFT'), 0)
WHERE kind <> 'CREDIT_NOTE';

UPDATE billing_invoice SET status = 'PAID', lifecycle = 'COLLECTED'
WHERE status = 'PARTLY_PAID' AND amount_due - paid - credited <= 0;
