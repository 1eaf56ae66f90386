package fr.guichet.billing;

import java.util.Optional;

/**
 * The SEPA debit an issued invoice announces to its customer (pre-notification), printed on its PDF and said in its
 * email: given by billing's direct debits ({@code billing.sepa}) when the customer's mandate pays the invoice.
 */
public interface DirectDebitNotices {

    Optional<InvoiceDocument.DirectDebit> noticeOf(Invoice invoice);
}
