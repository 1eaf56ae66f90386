-- requests: counting a member's open requests (automatic assignment, the queue's "assigned to" filter).
CREATE INDEX requests_request_assignee_idx ON requests_request (assignee_id, is_open);
