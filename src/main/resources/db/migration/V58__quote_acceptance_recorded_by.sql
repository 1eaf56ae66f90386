-- quotes: an acceptance collected elsewhere (signed paper, a call) and recorded by staff on the customer's behalf
-- names that staff member in its proof and on its certificate; null when the customer accepted in the portal.
ALTER TABLE quotes_quote ADD COLUMN accepted_recorded_by VARCHAR(200);
