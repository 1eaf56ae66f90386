-- The reason a customer gives (optionally) when cancelling a contract from the portal, read by the back office.
ALTER TABLE contracts_contract ADD COLUMN cancellation_reason VARCHAR(500);
