package fr.guichet.notifications;

import fr.guichet.contracts.ContractCancelled;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The confirmation a customer receives when they cancel a contract online, stating the date it takes effect (the
 * French "résiliation en trois clics" rule asks for it); written in the cancellation's transaction.
 */
@Component
class ContractMails {

    private final Mailer mailer;

    ContractMails(Mailer mailer) {
        this.mailer = mailer;
    }

    @EventListener
    void on(ContractCancelled cancelled) {
        if (cancelled.confirmTo() == null) {
            return;
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(cancelled.language());
        mailer.send(
                cancelled.confirmTo(),
                cancelled.language(),
                cancelled.reference(),
                "mail.contract.cancelled.subject",
                "mail.contract.cancelled.body",
                cancelled.confirmToName(),
                cancelled.reference(),
                cancelled.title(),
                date.format(cancelled.requestedOn()),
                date.format(cancelled.effectiveOn()));
    }
}
