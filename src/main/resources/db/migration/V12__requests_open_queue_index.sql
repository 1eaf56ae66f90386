-- Work queues read a team's open requests by due time. An "open" flag kept by the request lets one index range serve
-- them in order, however much closed history the team has (a status IN list in the index would not).
ALTER TABLE requests_request ADD COLUMN is_open BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE requests_request SET is_open = (status IN ('NEW', 'IN_PROGRESS', 'WAITING_CUSTOMER'));
DROP INDEX requests_request_queue_idx;
CREATE INDEX requests_request_open_queue_idx ON requests_request (team_id, is_open, resolution_due, id);
