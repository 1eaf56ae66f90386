package fr.guichet.billing;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.notifications.MailAttachment;
import fr.guichet.notifications.Mailer;
import fr.guichet.notifications.OutgoingMail;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Sends an invoice, a deposit invoice or a credit note to the customer: an email in the document's language (the
 * customer's) with its Factur-X PDF attached, written into the outbox in the caller's transaction (billing's "send"
 * marks the invoice sent in the same one: a rolled-back send mails nothing) and sent once it commits; a refused send is
 * tried again later with its PDF.
 */
@Service
public class InvoiceMailing {

    private final Mailer mailer;
    private final InvoiceRendering rendering;
    private final CustomerManagement customers;
    private final MessageSource messages;

    InvoiceMailing(Mailer mailer, InvoiceRendering rendering, CustomerManagement customers, MessageSource messages) {
        this.mailer = mailer;
        this.rendering = rendering;
        this.customers = customers;
        this.messages = messages;
    }

    /**
     * Mails the document to its customer's address (the organisation's email).
     *
     * @throws InvoiceMailRefused when the customer has no email address
     */
    public OutgoingMail send(long organisationId, InvoiceDocument document) {
        return send(organisationId, document, rendering.pdf(document));
    }

    /**
     * Mails the document to its customer's address with this PDF (the invoice's kept file).
     *
     * @throws InvoiceMailRefused when the customer has no email address
     */
    public OutgoingMail send(long organisationId, InvoiceDocument document, byte[] pdf) {
        Organisation customer = customers
                .find(organisationId)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + organisationId));
        String address = customer.getEmail();
        if (address == null || address.isBlank()) {
            throw new InvoiceMailRefused("mail.invoice.error.noAddress", customer.getName());
        }
        return send(document, address.strip(), pdf);
    }

    /** Mails the document to the given address, with its PDF attached. */
    public OutgoingMail send(InvoiceDocument document, String recipient) {
        return send(document, recipient, rendering.pdf(document));
    }

    private OutgoingMail send(InvoiceDocument document, String recipient, byte[] content) {
        Locale language = document.language();
        MailAttachment pdf = new MailAttachment(filename(document), "application/pdf", content);
        InvoiceDocument.DirectDebit debit = document.directDebit();
        DateTimeFormatter longDates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        return mailer.send(
                recipient,
                language,
                document.number(),
                "mail.invoice." + document.kind() + ".subject",
                // an invoice paid by a SEPA mandate tells when it will be debited (the pre-notification)
                debit == null
                        ? "mail.invoice." + document.kind() + ".body"
                        : "billing.sepa.mail." + document.kind() + ".body",
                List.of(pdf),
                document.number(),
                document.seller().name(),
                amount(document, language),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language)
                        .format(document.dueDate()),
                document.precedingNumber() == null ? "" : document.precedingNumber(),
                debit == null ? "" : longDates.format(debit.debitOn()),
                debit == null ? "" : debit.mandateReference(),
                debit == null ? "" : debit.creditorId(),
                debit == null ? "" : debit.maskedIban());
    }

    /** The attached file's name: "Facture-FA-2026-000042.pdf", "Invoice-…" in English. */
    public String filename(InvoiceDocument document) {
        return messages.getMessage(
                "invoicepdf.filename." + document.kind(), new Object[] {document.number()}, document.language());
    }

    private static String amount(InvoiceDocument document, Locale language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(language);
        format.setCurrency(document.amountDue().currency());
        return format.format(document.amountDue().amount()).replace('\u202f', '\u00a0');
    }
}
