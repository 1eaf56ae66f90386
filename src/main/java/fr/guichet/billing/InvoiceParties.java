package fr.guichet.billing;

import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.InvoiceDocument.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The seller and the buyer as they were when the invoice was validated, kept with it: a later change of the company's
 * address or of the customer's does not change an issued invoice.
 *
 * @param language the customer's language ("fr", "en")
 * @param businessCustomer the buyer is a business or public body (the 40 € recovery indemnity applies)
 */
public record InvoiceParties(
        Party seller,
        Party buyer,
        @Nullable PostalAddress delivery,
        String language,
        boolean businessCustomer,
        @Nullable String iban,
        @Nullable String bic) {}
