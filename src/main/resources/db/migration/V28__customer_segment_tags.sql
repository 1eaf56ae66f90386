-- customers: the segment becomes a list of tags, separated by commas ("PME, Lyon, infogérance").
ALTER TABLE customers_organisation ALTER COLUMN segment SET DATA TYPE VARCHAR(200);
