-- The four CHECK constraints written as IN lists, rewritten as CASE expressions (the same rule on PostgreSQL). H2 keeps
-- an IN list's constant set sorted by the session that created the constraint: on a fresh database that is the
-- migration's connection, which the pool closes after its lifetime (30 min), and from then on every insert into these
-- tables failed ("The database has been closed") until the application restarted. A CASE compares in the session that
-- checks the row. CheckConstraintsIT refuses an IN list in any CHECK constraint.
ALTER TABLE requests_work_entry DROP CONSTRAINT requests_work_entry_kind;
ALTER TABLE requests_work_entry ADD CONSTRAINT requests_work_entry_kind
    CHECK (CASE WHEN kind = 'TIME' THEN TRUE WHEN kind = 'INTERVENTION' THEN TRUE ELSE FALSE END);

ALTER TABLE billing_reference_rate DROP CONSTRAINT billing_reference_rate_kind;
ALTER TABLE billing_reference_rate ADD CONSTRAINT billing_reference_rate_kind
    CHECK (CASE WHEN kind = 'ECB' THEN TRUE WHEN kind = 'LEGAL' THEN TRUE ELSE FALSE END);

ALTER TABLE billing_reminder_run DROP CONSTRAINT billing_reminder_run_status;
ALTER TABLE billing_reminder_run ADD CONSTRAINT billing_reminder_run_status
    CHECK (CASE WHEN status = 'WAITING' THEN TRUE WHEN status = 'RUNNING' THEN TRUE WHEN status = 'DONE' THEN TRUE
                WHEN status = 'BUSY' THEN TRUE WHEN status = 'FAILED' THEN TRUE ELSE FALSE END);

ALTER TABLE billing_reminder_reply DROP CONSTRAINT billing_reminder_reply_kind;
ALTER TABLE billing_reminder_reply ADD CONSTRAINT billing_reminder_reply_kind
    CHECK (CASE WHEN kind = 'QUESTION' THEN TRUE WHEN kind = 'ALREADY_PAID' THEN TRUE ELSE FALSE END);
