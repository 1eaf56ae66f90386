package fr.guichet.billing.sepa;

import fr.guichet.billing.DirectDebitNotices;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDocument;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pre-notification an invoice carries when its customer's mandate pays it (active, signed by the invoice's date):
 * debited on its due date, or later to give the settings' days of notice, under that mandate.
 */
@Component
class SepaNotices implements DirectDebitNotices {

    private final MandateManagement mandates;
    private final SepaCreditor creditor;
    private final SepaSettings settings;

    SepaNotices(MandateManagement mandates, SepaCreditor creditor, SepaSettings settings) {
        this.mandates = mandates;
        this.creditor = creditor;
        this.settings = settings;
    }

    @Override
    public Optional<InvoiceDocument.DirectDebit> noticeOf(Invoice invoice) {
        if (invoice.getIssueDate() == null || invoice.getDueDate() == null) {
            return Optional.empty();
        }
        Optional<SepaCreditor.Change> creditorId = creditor.current();
        if (creditorId.isEmpty()) {
            return Optional.empty();
        }
        return mandates.debitingOn(invoice.getOrganisationId(), invoice.getIssueDate())
                .map(mandate -> new InvoiceDocument.DirectDebit(
                        DebitDates.debitDate(invoice.getIssueDate(), invoice.getDueDate(), settings.noticeDays()),
                        mandate.reference(),
                        creditorId.get().creditorId(),
                        mandate.maskedIban()));
    }
}
