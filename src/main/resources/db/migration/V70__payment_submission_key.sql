-- A payment form (or an API call with an Idempotency-Key) sent twice records one payment: the key its form carried is
-- kept with the payment, once (several NULLs are allowed: payments from statements, SEPA, the demo carry none).
ALTER TABLE billing_payment ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX billing_payment_submission_uk ON billing_payment (submission_key);
