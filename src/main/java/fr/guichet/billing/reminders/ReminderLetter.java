package fr.guichet.billing.reminders;

import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.documents.PdfA3Printer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A reminder as a PDF letter (PDF/A-3b through Apache FOP, as invoices are): the seller's letterhead, the customer's
 * address, the level's text filled in, and the table of what is owed — the invoice's balance, the late-payment
 * interest per period and rate, the recovery indemnity, the total. Laid out by {@code
 * templates/billing/reminders/letter.fo}; every label from messages ({@code reminderpdf.*}) in the letter's language.
 */
@Component
public class ReminderLetter {

    /** What a letter says, its values already written in its language. */
    public record Content(
            Locale language,
            Party seller,
            Party buyer,
            String date,
            String title,
            String subject,
            List<String> paragraphs,
            String invoiceNumber,
            String issueDate,
            String dueDate,
            String amountDue,
            String paid,
            String balance,
            List<PeriodLine> periods,
            String interest,
            String indemnity,
            String total,
            @Nullable String iban,
            String paymentReference) {}

    /** One period of interest: from, to, days, amount owed, yearly rate. */
    public record PeriodLine(String from, String to, long days, String owed, String rate) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final PdfA3Printer printer;

    ReminderLetter(PdfA3Printer printer, MessageSource messages) {
        this.printer = printer;
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
        builtIn.setPrefix("templates/billing/reminders/");
        builtIn.setSuffix(".fo");
        builtIn.setTemplateMode(TemplateMode.XML);
        builtIn.setCharacterEncoding("UTF-8");
        builtIn.setCacheable(true);
        engine.addTemplateResolver(builtIn);
        engine.setTemplateEngineMessageSource(messages);
    }

    public byte[] pdf(Content content) {
        Context context = new Context(content.language());
        context.setVariable("l", content);
        context.setVariable("lang", content.language().getLanguage());
        String fo = engine.process("letter", context);
        return printer.pdf(
                fo,
                content.title() + " " + content.invoiceNumber(),
                content.seller().name());
    }
}
