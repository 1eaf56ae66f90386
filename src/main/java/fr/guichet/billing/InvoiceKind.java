package fr.guichet.billing;

/** What a billing document is: an invoice, a deposit invoice (acompte) deducted from the final one, a credit note. */
public enum InvoiceKind {
    INVOICE,
    DEPOSIT,
    CREDIT_NOTE
}
