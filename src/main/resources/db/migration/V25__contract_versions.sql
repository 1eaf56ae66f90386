-- contracts: every saved state of a contract, so that the previous versions stay readable.
CREATE TABLE contracts_version (
    contract_id BIGINT       NOT NULL REFERENCES contracts_contract (id) ON DELETE CASCADE,
    version     INT          NOT NULL,
    change      VARCHAR(40)  NOT NULL,
    snapshot    VARCHAR(100000) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contract_id, version)
);
