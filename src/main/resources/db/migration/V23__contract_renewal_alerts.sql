-- contracts: the end of the term for which the renewal alert was sent, so that each term is announced once.
ALTER TABLE contracts_contract ADD COLUMN renewal_alerted_for DATE;
