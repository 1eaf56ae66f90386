-- Whether a back-office team may answer customers directly (otherwise it answers the front-office owner).
ALTER TABLE identity_team ADD COLUMN answers_customers BOOLEAN NOT NULL DEFAULT FALSE;
