-- customers: when a running import last reported progress; one silent for minutes died with its instance.
ALTER TABLE customers_import ADD COLUMN progress_at TIMESTAMP WITH TIME ZONE;
