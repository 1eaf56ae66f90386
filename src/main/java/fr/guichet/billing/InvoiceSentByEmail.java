package fr.guichet.billing;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An invoice marked sent by email goes to the customer with its Factur-X PDF, in the same transaction as the change of
 * status: a customer without an email address refuses the send (nothing is marked), and a rolled-back send mails
 * nothing (the outbox row goes with it).
 */
@Component
class InvoiceSentByEmail {

    private final InvoiceMailing mailing;
    private final InvoiceDocuments documents;
    private final InvoiceFiles files;

    InvoiceSentByEmail(InvoiceMailing mailing, InvoiceDocuments documents, InvoiceFiles files) {
        this.mailing = mailing;
        this.documents = documents;
        this.files = files;
    }

    /** The PDF attached is the invoice's kept file: what the customer receives is what every download gives. */
    @EventListener
    void on(InvoiceSent sent) {
        if (sent.byEmail()) {
            InvoiceDocument document = documents.of(sent.invoiceId());
            mailing.send(sent.organisationId(), document, files.pdfToSend(sent.invoiceId(), document));
        }
    }
}
