-- Recurring invoicing (issue 15, ADR 0036): how Guichet invoices a contract, and the periods it has invoiced.
-- Contracts made before it are not invoiced by Guichet (no frequency) until someone sets it.
ALTER TABLE contracts_contract ADD COLUMN billing_frequency VARCHAR(10);
ALTER TABLE contracts_contract ADD COLUMN billing_timing VARCHAR(10) DEFAULT 'IN_ADVANCE' NOT NULL;
ALTER TABLE contracts_contract ADD COLUMN billing_validates BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contracts_contract ADD COLUMN billing_from DATE;

-- One row per contract and period invoiced, written in the transaction that drafts its invoice: the primary key makes
-- a second run, a retry or another instance fail for that period instead of invoicing it twice.
CREATE TABLE billing_contract_period (
    contract_id  BIGINT      NOT NULL REFERENCES contracts_contract (id),
    period_from  DATE        NOT NULL,
    period_to    DATE        NOT NULL,
    invoice_id   BIGINT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (contract_id, period_from),
    CONSTRAINT billing_contract_period_days_ck CHECK (period_to >= period_from)
);
