-- Issue 13, figures (ADR 0025). Facts kept by the Request aggregate in the transaction of each change, read by the
-- reports with queries on indexes: business seconds to the first response and to the resolution (waits for the
-- customer excluded), the business seconds waited, the number of reopenings.
ALTER TABLE requests_request ADD COLUMN first_response_seconds BIGINT;
ALTER TABLE requests_request ADD COLUMN resolution_seconds BIGINT;
ALTER TABLE requests_request ADD COLUMN waited_seconds BIGINT NOT NULL DEFAULT 0;
ALTER TABLE requests_request ADD COLUMN reopen_count INT NOT NULL DEFAULT 0;

-- Requests kept before this version: their reopenings are in their history; their business times are unknown (null,
-- left out of the medians rather than guessed).
UPDATE requests_request SET reopen_count = (
    SELECT COUNT(*) FROM requests_event e WHERE e.request_id = requests_request.id AND e.kind = 'REOPENED');

-- A period's requests (every report starts from the requests created in the period).
CREATE INDEX requests_request_created_idx ON requests_request (created_at, id);
-- "The team's requests": those that went to the team at some point (hand-off, transfer, routing at submission).
CREATE INDEX requests_event_to_team_idx ON requests_event (to_team_id, request_id);
-- The transfers between teams over a period (the from→to matrix).
CREATE INDEX requests_event_kind_at_idx ON requests_event (kind, at);
