package fr.guichet.billing.statements;

import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.NewReceipt;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.shared.Iban;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic matches of a page of an import's entries recorded together, in one transaction (ADR 0040): their
 * payments through {@link PaymentManagement#receiveAll} (the rules of a single payment, the invoices locked in their
 * ids' order), the matches kept, the entries moved to MATCHED with the version read. All or nothing: one match refused
 * — by the rules of payments, or an entry changed meanwhile — refuses the page, which the import then matches one entry
 * at a time ({@link StatementImporting}).
 */
@Service
@Transactional
class PageMatching {

    private final PaymentManagement payments;
    private final StatementEntries entries;

    PageMatching(PaymentManagement payments, StatementEntries entries) {
        this.payments = payments;
        this.entries = entries;
    }

    /** Records the page's matches, all of them or none. */
    void record(List<AutomaticMatching.Proposed> proposed, String by) {
        if (proposed.isEmpty()) {
            return;
        }
        List<NewReceipt> receipts = new ArrayList<>(proposed.size());
        for (AutomaticMatching.Proposed p : proposed) {
            receipts.add(new NewReceipt(
                    payment(p.entry(), p.proposal().organisationId()),
                    p.proposal().shares()));
        }
        List<Long> ids = payments.receiveAll(receipts, by);
        List<StatementEntries.Matched> matched = new ArrayList<>(proposed.size());
        for (int i = 0; i < proposed.size(); i++) {
            matched.add(new StatementEntries.Matched(
                    proposed.get(i).entry(), proposed.get(i).proposal(), ids.get(i)));
        }
        entries.matchAll(matched, by);
    }

    /** The payment a new credit entry brings, as {@link EntryReconciliation} records it one entry at a time. */
    static NewPayment payment(StatementEntry entry, long customer) {
        String payerIban = entry.counterpartyIban() != null && Iban.isValid(entry.counterpartyIban())
                ? entry.counterpartyIban()
                : null;
        String reference = entry.endToEndId() != null ? entry.endToEndId() : entry.bankReference();
        return new NewPayment(
                customer,
                entry.bookingDate(),
                entry.amount(),
                PaymentMethod.TRANSFER,
                StatementEntries.cut(reference, 140),
                StatementEntries.cut(entry.counterpartyName(), 140),
                payerIban,
                entry.id(),
                null);
    }
}
