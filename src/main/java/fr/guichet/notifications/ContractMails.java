package fr.guichet.notifications;

import fr.guichet.company.CompanySettings;
import fr.guichet.contracts.ContractCancelled;
import fr.guichet.contracts.ContractRenewalDue;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
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
    private final AlertManagement alerts;
    private final UserManagement users;
    private final String baseUrl;

    ContractMails(Mailer mailer, AlertManagement alerts, UserManagement users, CompanySettings company) {
        this.mailer = mailer;
        this.alerts = alerts;
        this.users = users;
        this.baseUrl = company.baseUrl();
    }

    /** A contract comes up for renewal: its account manager and sales administration are told in the app and by email. */
    @EventListener
    void on(ContractRenewalDue due) {
        String path = "/back/contracts/" + due.contractId();
        for (Long userId : due.tell()) {
            UserAccount person = users.get(userId);
            if (!person.isEnabled()) {
                continue;
            }
            alerts.post(userId, "RENEWAL_DUE", due.reference(), due.title(), path);
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(person.getLanguage().locale());
            mailer.send(
                    person.getEmail(),
                    person.getLanguage().locale(),
                    due.reference(),
                    "mail.contract.renewal.subject",
                    "mail.contract.renewal.body",
                    due.reference(),
                    due.title(),
                    due.customerName(),
                    date.format(due.noticeDeadline()),
                    date.format(due.termEnd()),
                    baseUrl + path);
        }
    }

    @EventListener
    void on(ContractCancelled cancelled) {
        String path = "/back/contracts/" + cancelled.contractId();
        String what = cancelled.reason() == null ? cancelled.title() : cancelled.title() + " — " + cancelled.reason();
        for (Long userId : cancelled.tell()) {
            if (users.get(userId).isEnabled()) {
                alerts.post(userId, "CONTRACT_CANCELLED", cancelled.reference(), what, path);
            }
        }
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
