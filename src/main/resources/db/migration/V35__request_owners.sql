-- Issue 12, owners (ADR 0020). The administrator's rule that gives every new customer request its interlocutor, and
-- whether owners are also told by email when a team returns a request, asks them or answers; one row, read by every
-- instance at each submission.
CREATE TABLE requests_owner_settings (
    id                  INT          PRIMARY KEY,
    interlocutor_policy VARCHAR(20)  NOT NULL,
    mail_owners         BOOLEAN      NOT NULL,
    changed_by          VARCHAR(120),
    changed_at          TIMESTAMP WITH TIME ZONE,
    version             INT          NOT NULL
);
INSERT INTO requests_owner_settings (id, interlocutor_policy, mail_owners, version) VALUES (1, 'ACCOUNT_MANAGER', TRUE, 0);

-- What came back to its owner (returned by a team, a question, a team's answer), highlighted in "mine" until the
-- owner opens the request.
CREATE TABLE requests_owner_attention (
    request_id BIGINT      NOT NULL PRIMARY KEY REFERENCES requests_request (id),
    owner_id   BIGINT      NOT NULL,
    reason     VARCHAR(20) NOT NULL,
    since      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX requests_owner_attention_owner_idx ON requests_owner_attention (owner_id);

-- "Mine": what an owner has open, wherever it is, by due time (keyset on resolution_due, id).
CREATE INDEX requests_request_owned_idx ON requests_request (owner_id, is_open, resolution_due, id);
