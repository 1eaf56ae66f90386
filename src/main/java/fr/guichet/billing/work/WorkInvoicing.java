package fr.guichet.billing.work;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceDrafting;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkManagement;
import fr.guichet.requests.WorkRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a customer's billable work on their next invoice, in one transaction: the entries are locked, become lines
 * (each naming its request and its entry) of the customer's open draft invoice, or of a new draft made through
 * {@link InvoiceDrafting}, and are claimed by that draft. A second clerk
 * invoicing the same entries at the same moment waits for the first one's commit, finds them claimed and is refused:
 * nothing is billed twice, and their transaction leaves no draft behind.
 */
@Service
public class WorkInvoicing {

    private final WorkManagement work;
    private final InvoiceDrafting drafting;
    private final InvoiceManagement invoices;

    WorkInvoicing(WorkManagement work, InvoiceDrafting drafting, InvoiceManagement invoices) {
        this.work = work;
        this.drafting = drafting;
        this.invoices = invoices;
    }

    /**
     * Invoices these entries of the customer (those the clerk saw on the "to invoice" list); refuses them all if one
     * was invoiced, removed or made covered meanwhile.
     */
    @Transactional
    public InvoiceDrafting.Drafted invoice(long organisationId, Collection<Long> entryIds, String by) {
        if (entryIds.isEmpty()) {
            throw new WorkRuleViolation("entries", "worklog.error.nothing");
        }
        List<WorkEntry> entries = work.lockToInvoice(organisationId, entryIds);
        Map<Long, String> references = work.references(
                entries.stream().map(WorkEntry::getRequestId).distinct().toList());
        List<InvoiceDraft.Line> lines = entries.stream()
                .map(e -> line(e, references.get(e.getRequestId())))
                .toList();
        LocalDate from = entries.stream()
                .map(WorkEntry::getWorkedOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = entries.stream()
                .map(WorkEntry::getWorkedOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Optional<Invoice> open = invoices.openDraftOf(organisationId);
        InvoiceDrafting.Drafted drafted;
        if (open.isPresent()) {
            Invoice invoice = open.get();
            for (InvoiceDraft.Line line : lines) {
                invoice = invoices.addLine(invoice.getId(), invoice.getVersion(), line, by);
            }
            drafted = new InvoiceDrafting.Drafted(invoice.getId(), invoice.getVersion(), invoice.getNumber());
        } else {
            drafted = drafting.draft(
                    new InvoiceDraft(organisationId, InvoiceKind.INVOICE, from, to, null, null, null, null, lines), by);
        }
        work.claim(entries.stream().map(WorkEntry::getId).toList(), drafted.id());
        return drafted;
    }

    /** Every billable entry of the customer not yet invoiced. */
    @Transactional
    public InvoiceDrafting.Drafted invoiceAll(long organisationId, String by) {
        return invoice(
                organisationId,
                work.toInvoice(organisationId).stream().map(WorkEntry::getId).toList(),
                by);
    }

    /** The invoice line of an entry: its request, what was done, the time or the note. */
    static InvoiceDraft.Line line(WorkEntry entry, String reference) {
        StringBuilder description = new StringBuilder();
        if (reference != null) {
            description.append(reference).append(" — ");
        }
        description.append(entry.getLabel());
        if (entry.getDuration() != null) {
            description.append(" (").append(entry.getDuration()).append(')');
        }
        if (entry.getNote() != null) {
            description.append(" : ").append(entry.getNote());
        }
        return new InvoiceDraft.Line(
                entry.getItemCode(),
                description.length() > 500 ? description.substring(0, 499) + "…" : description.toString(),
                entry.getQuantity(),
                entry.getUnit(),
                entry.getUnitPrice(),
                BigDecimal.ZERO,
                entry.getVatRate(),
                entry.getVatExemption(),
                entry.getRequestId(),
                entry.getId());
    }
}
