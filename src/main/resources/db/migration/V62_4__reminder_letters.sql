-- Reminders (issue 16), 4: a run writes its reminders' rows page by page and the letters' sender makes their letters
-- and emails after (those whose pdf and mail_id are still empty); the run's page counts what is left by run.
CREATE INDEX billing_reminder_run_idx ON billing_reminder (run_id);
