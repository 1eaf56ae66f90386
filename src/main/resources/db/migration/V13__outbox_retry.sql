-- notifications: an email that could not be handed to the SMTP server is tried again later, with a growing delay,
-- until it is sent or given up (FAILED) after the last attempt.
ALTER TABLE notifications_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX notifications_outbox_pending_idx ON notifications_outbox (status, next_attempt_at);
