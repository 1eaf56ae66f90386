-- identity: whether a staff member is at work (they say so in the app), and whether a team shares its new requests
-- among its present members automatically.
ALTER TABLE identity_user ADD COLUMN present BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE identity_team ADD COLUMN auto_assign BOOLEAN DEFAULT FALSE NOT NULL;
