package fr.guichet.quotes;

import fr.guichet.company.CompanySettings;
import fr.guichet.notifications.MailAttachment;
import fr.guichet.notifications.Mailer;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The email that brings the customer their quote, in the quote's language, written in the sending's transaction (the
 * outbox sends it once that commits): the PDF of the revision sent, and the portal's link to accept or decline it.
 */
@Component
class QuoteMails {

    private final Mailer mailer;
    private final QuoteManagement quotes;
    private final String baseUrl;

    QuoteMails(Mailer mailer, QuoteManagement quotes, CompanySettings company) {
        this.mailer = mailer;
        this.quotes = quotes;
        this.baseUrl = company.baseUrl();
    }

    @EventListener
    void on(QuoteSent sent) {
        Quote quote = quotes.get(sent.quoteId());
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(sent.language());
        byte[] pdf = quotes.document(quote.getId(), sent.revision(), false).orElseThrow();
        mailer.send(
                sent.recipient(),
                sent.language(),
                sent.reference(),
                "quotes.mail.subject",
                "quotes.mail.body",
                List.of(new MailAttachment(sent.reference() + "-v" + sent.revision() + ".pdf", "application/pdf", pdf)),
                sent.reference(),
                quote.getTitle(),
                quote.getTotalGross().format(sent.language()),
                date.format(quote.getValidUntil()),
                baseUrl + "/portal/quotes/" + quote.getId(),
                sent.revision());
    }
}
