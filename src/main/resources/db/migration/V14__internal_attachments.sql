-- requests: staff may attach files for their colleagues only; the customer never sees nor downloads those.
ALTER TABLE requests_attachment ADD COLUMN internal BOOLEAN DEFAULT FALSE NOT NULL;
