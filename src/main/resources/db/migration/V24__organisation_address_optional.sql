-- customers: an organisation may have no billing address yet (a prospect known only by name and phone).
ALTER TABLE customers_organisation ALTER COLUMN country DROP NOT NULL;
