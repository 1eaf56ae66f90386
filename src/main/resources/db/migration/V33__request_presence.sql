-- Who has a request's page open, and whether they are writing on it: each open page says so every few seconds;
-- rows older than a few minutes are deleted as pages report. In the database so that every instance sees everyone.
CREATE TABLE requests_presence (
    request_id BIGINT       NOT NULL REFERENCES requests_request (id) ON DELETE CASCADE,
    user_id    BIGINT       NOT NULL,
    user_name  VARCHAR(120) NOT NULL,
    replying   BOOLEAN      NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_id, user_id)
);
CREATE INDEX requests_presence_seen_idx ON requests_presence (seen_at);
