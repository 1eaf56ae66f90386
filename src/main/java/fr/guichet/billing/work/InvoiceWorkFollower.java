package fr.guichet.billing.work;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceLine;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.requests.WorkManagement;
import java.util.List;
import java.util.Objects;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps recorded work and draft invoices in step, in the transaction that changes the draft: a deleted draft
 * releases its entries, and a work line taken off a draft releases its entry — they are to invoice again. A validated
 * invoice is never changed (a credit note corrects it), so its entries stay billed.
 */
@Component
class InvoiceWorkFollower extends AbstractRelationalEventListener<Invoice> {

    private final WorkManagement work;

    InvoiceWorkFollower(WorkManagement work) {
        this.work = work;
    }

    @Override
    protected void onAfterDelete(AfterDeleteEvent<Invoice> event) {
        Object id = event.getId().getValue();
        if (id instanceof Number invoiceId) {
            work.release(invoiceId.longValue());
        }
    }

    @Override
    protected void onAfterSave(AfterSaveEvent<Invoice> event) {
        Invoice invoice = event.getEntity();
        if (invoice.getStatus() != InvoiceStatus.DRAFT || invoice.getId() == null) {
            return;
        }
        List<Long> billed = invoice.getLines().stream()
                .map(InvoiceLine::workEntryId)
                .filter(Objects::nonNull)
                .toList();
        work.keepOnly(invoice.getId(), billed);
    }
}
