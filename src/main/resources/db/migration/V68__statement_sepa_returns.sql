-- A statement line that is a SEPA direct debit coming back (a reject or a return on the creditor's account): the ISO
-- reason code the bank gave (camt.053 RtrInf/Rsn/Cd, CFONB 120 complement RET; MS03 when it said none). Such a line is
-- matched to its debit by its end-to-end id, not to an invoice it would pay.
ALTER TABLE billing_statement_entry ADD COLUMN return_reason VARCHAR(4);
