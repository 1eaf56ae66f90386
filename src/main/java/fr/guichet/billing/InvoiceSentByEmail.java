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

    InvoiceSentByEmail(InvoiceMailing mailing, InvoiceDocuments documents) {
        this.mailing = mailing;
        this.documents = documents;
    }

    @EventListener
    void on(InvoiceSent sent) {
        if (sent.byEmail()) {
            mailing.send(sent.organisationId(), documents.of(sent.invoiceId()));
        }
    }
}
