-- Where the money shows (issue 15, ADR 0036): a customer's unpaid invoices and credit notes, found without reading
-- their paid ones (the 360° view and the portal's balance of a customer with thousands of invoices).
CREATE INDEX billing_invoice_money_idx ON billing_invoice (organisation_id, kind, status, due_date);
