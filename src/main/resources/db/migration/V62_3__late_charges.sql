-- Reminders (issue 16): late-payment interest and the recovery indemnity invoiced when billing decides, once per late
-- invoice (its primary key): the draft invoice that charges them, and what it charged as of which day.
CREATE TABLE billing_late_charge (
    invoice_id        BIGINT                   NOT NULL PRIMARY KEY REFERENCES billing_invoice (id),
    charge_invoice_id BIGINT                   NOT NULL REFERENCES billing_invoice (id),
    as_of             DATE                     NOT NULL,
    interest          NUMERIC(14, 2)           NOT NULL,
    indemnity         NUMERIC(14, 2)           NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)             NOT NULL
);
