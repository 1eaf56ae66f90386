package fr.guichet.quotes;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.guichet.company.CompanyLegalLine;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.company.TermsOfSale;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.shared.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDFs of quotes (OpenPDF), in the quote's language: the quote itself (seller and customer, lines, VAT per rate,
 * totals, validity, the "bon pour accord" box and the terms of sale attached) and the acceptance certificate that
 * prints the proof kept. A document's creation date is the moment given, so the same quote at the same moment gives
 * the same bytes.
 */
@Component
public class QuotePdf {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font MONO = new Font(Font.COURIER, 8);

    private final CustomerManagement customers;
    private final MessageSource messages;
    private final CompanyManagement company;
    private final CompanyLegalLine legalLine;

    QuotePdf(
            CustomerManagement customers,
            MessageSource messages,
            CompanyManagement company,
            CompanyLegalLine legalLine) {
        this.customers = customers;
        this.messages = messages;
        this.company = company;
        this.legalLine = legalLine;
    }

    /** The quote as sent: {@code at} is the sending moment, {@code terms} the terms of sale attached. */
    public byte[] quote(Quote quote, @Nullable TermsOfSale terms, Instant at) {
        Locale locale = quote.getLanguage().locale();
        return render(quote.getReference(), at, document -> {
            header(document, locale);
            document.add(
                    new Paragraph(msg(locale, "quotes.pdf.title", quote.getReference(), quote.getRevision()), TITLE));
            document.add(new Paragraph(text(quote.getTitle()), TEXT));
            document.add(new Paragraph(
                    msg(locale, "quotes.pdf.dates", date(locale, at), date(locale, quote.getValidUntil())), TEXT));
            document.add(spacer());
            customer(document, locale, quote.getOrganisationId());
            document.add(spacer());
            document.add(lines(quote, locale));
            totals(document, quote, locale);
            if (quote.getNotes() != null) {
                document.add(spacer());
                document.add(new Paragraph(msg(locale, "quotes.notes"), HEADING));
                document.add(new Paragraph(text(quote.getNotes()), TEXT));
            }
            document.add(spacer());
            document.add(new Paragraph(msg(locale, "quotes.pdf.accept-online"), HEADING));
            document.add(
                    new Paragraph(msg(locale, "quotes.pdf.accept-how", date(locale, quote.getValidUntil())), TEXT));
            if (terms != null) {
                document.newPage();
                document.add(new Paragraph(msg(locale, "quotes.pdf.terms"), HEADING));
                document.add(new Paragraph(msg(locale, "quotes.pdf.terms-hash", terms.sha256()), MONO));
                document.add(spacer());
                for (String paragraph : terms.content().split("\n")) {
                    document.add(new Paragraph(text(paragraph), SMALL));
                }
            }
        });
    }

    /** The acceptance certificate: the proof the quote keeps, printed. */
    public byte[] certificate(Quote quote, Instant at) {
        Locale locale = quote.getLanguage().locale();
        return render(quote.getReference() + "-certificate", at, document -> {
            header(document, locale);
            document.add(new Paragraph(msg(locale, "quotes.certificate.title"), TITLE));
            document.add(new Paragraph(
                    quote.getAcceptedRecordedBy() == null
                            ? msg(locale, "quotes.certificate.intro", quote.getReference(), quote.getRevision())
                            : msg(
                                    locale,
                                    "quotes.certificate.intro-recorded",
                                    quote.getReference(),
                                    quote.getRevision(),
                                    quote.getAcceptedRecordedBy()),
                    TEXT));
            document.add(spacer());
            customer(document, locale, quote.getOrganisationId());
            document.add(spacer());
            PdfPTable proof = new PdfPTable(new float[] {1.4f, 3f});
            proof.setWidthPercentage(100);
            row(proof, msg(locale, "quotes.quote"), quote.getReference() + " – " + text(quote.getTitle()));
            row(proof, msg(locale, "quotes.revision"), String.valueOf(quote.getRevision()));
            row(proof, msg(locale, "quotes.total-gross"), money(quote.getTotalGross(), locale));
            row(proof, msg(locale, "quotes.signer-name"), text(String.valueOf(quote.getSignerName())));
            row(proof, msg(locale, "quotes.signer-role"), text(String.valueOf(quote.getSignerRole())));
            row(proof, msg(locale, "quotes.accepted-at"), dateTime(locale, quote.getAcceptedAt()));
            row(proof, msg(locale, "quotes.accepted-ip"), String.valueOf(quote.getAcceptedIp()));
            if (quote.getAcceptedRecordedBy() != null) {
                row(
                        proof,
                        msg(locale, "quotes.recorded-by"),
                        msg(locale, "quotes.recorded-by.value", quote.getAcceptedRecordedBy()));
            }
            row(proof, msg(locale, "quotes.pdf-sha"), String.valueOf(quote.getAcceptedPdfSha256()));
            row(proof, msg(locale, "quotes.terms-sha"), String.valueOf(quote.getTermsSha256()));
            document.add(proof);
            document.add(spacer());
            document.add(new Paragraph(msg(locale, "quotes.certificate.how"), SMALL));
        });
    }

    private interface Body {
        void write(Document document) throws DocumentException;
    }

    private static byte[] render(String title, Instant at, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.PRODUCER, new com.lowagie.text.pdf.PdfString("Guichet"));
            document.addTitle(title);
            document.addCreationDate();
            document.open();
            body.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of " + title + " failed", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void header(Document document, Locale locale) throws DocumentException {
        CompanyProfile seller = company.current();
        Optional<Image> logo = logo();
        if (logo.isPresent()) {
            document.add(logo.get());
        }
        document.add(new Paragraph(text(seller.officialName()), HEADING));
        for (String line : seller.postalAddress()) {
            document.add(new Paragraph(text(line), SMALL));
        }
        if (seller.hasLegalMentions()) {
            document.add(new Paragraph(text(legalLine.of(seller, locale)), SMALL));
        }
        document.add(spacer());
    }

    private void customer(Document document, Locale locale, long organisationId) throws DocumentException {
        Organisation customer = customers.find(organisationId).orElseThrow();
        document.add(new Paragraph(msg(locale, "quotes.pdf.customer"), HEADING));
        document.add(new Paragraph(text(customer.getName()), TEXT));
        Address address = customer.getAddress();
        if (address != null && !address.isEmpty()) {
            document.add(new Paragraph(text(address.oneLine()), TEXT));
        }
        if (customer.getSiren() != null) {
            document.add(new Paragraph("SIREN " + customer.getSirenFormatted(), TEXT));
        }
    }

    private PdfPTable lines(Quote quote, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3.4f, 1f, 1f, 1.5f, 1f, 1.6f, 1f});
        table.setWidthPercentage(100);
        for (String header : new String[] {
            "quotes.line.description",
            "quotes.line.quantity",
            "quotes.line.unit",
            "quotes.line.unit-price",
            "quotes.line.discount",
            "quotes.line.net",
            "quotes.line.vat"
        }) {
            PdfPCell cell = new PdfPCell(new Phrase(msg(locale, header), SMALL));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (QuoteLine line : quote.getLines()) {
            String recurrence = line.recurrence().isRecurring()
                    ? " (" + msg(locale, "catalogue.recurrence." + line.recurrence()) + ")"
                    : "";
            table.addCell(new Phrase(text(line.description()) + recurrence, TEXT));
            table.addCell(right(quantity(line.quantity(), locale)));
            table.addCell(new Phrase(msg(locale, "quotes.unit." + line.unit()), TEXT));
            table.addCell(right(money(line.price(), locale)));
            table.addCell(right(percent(line.discountPercent(), locale)));
            table.addCell(right(money(line.net(), locale)));
            table.addCell(right(percent(line.vatRate().percent(), locale)));
        }
        return table;
    }

    private void totals(Document document, Quote quote, Locale locale) throws DocumentException {
        QuoteTotals totals = quote.totals();
        for (QuoteTotals.PerRate rate : totals.perRate()) {
            document.add(rightParagraph(msg(
                    locale,
                    "quotes.pdf.vat-line",
                    percent(rate.rate().percent(), locale),
                    money(rate.base(), locale),
                    money(rate.vat(), locale))));
        }
        document.add(rightParagraph(msg(locale, "quotes.pdf.total-net", money(totals.net(), locale))));
        document.add(rightParagraph(msg(locale, "quotes.pdf.total-vat", money(totals.vat(), locale))));
        Paragraph gross = new Paragraph(msg(locale, "quotes.pdf.total-gross", money(totals.gross(), locale)), HEADING);
        gross.setAlignment(Element.ALIGN_RIGHT);
        document.add(gross);
        quote.getLines().stream()
                .map(QuoteLine::exemptionNote)
                .filter(note -> note != null)
                .distinct()
                .forEach(note -> document.add(new Paragraph(text(note), SMALL)));
        if (quote.hasRecurringLines()) {
            document.add(new Paragraph(msg(locale, "quotes.pdf.recurring"), SMALL));
        }
    }

    private Optional<Image> logo() {
        return company.bitmapLogo().flatMap(logo -> {
            try {
                Image image = Image.getInstance(logo.content());
                image.scaleToFit(160, 40);
                return Optional.of(image);
            } catch (Exception unreadable) {
                return Optional.empty();
            }
        });
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, SMALL));
        name.setGrayFill(0.93f);
        table.addCell(name);
        table.addCell(new Phrase(value, value.matches("[0-9a-f]{64}") ? MONO : TEXT));
    }

    private static Paragraph rightParagraph(String value) {
        Paragraph paragraph = new Paragraph(value, TEXT);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static PdfPCell right(String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value, TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", SMALL);
    }

    private static String money(Money amount, Locale locale) {
        return text(amount.format(locale));
    }

    /** A percentage the way the reader's language writes it: "5,5 %" in French, "5.5%" in English. */
    static String percent(BigDecimal percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return text(format.format(percent.movePointLeft(2)));
    }

    private static String date(Locale locale, Object value) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        if (value instanceof Instant instant) {
            return text(format.format(instant.atZone(PARIS)));
        }
        return text(format.format((java.time.temporal.TemporalAccessor) value));
    }

    private static String dateTime(Locale locale, @Nullable Instant at) {
        if (at == null) {
            return "";
        }
        return text(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(at.atZone(PARIS)))
                + " (" + at + ")";
    }

    /** The PDF's standard fonts know Windows-1252, which has the no-break space but not the narrow one. */
    private static String text(String value) {
        return value.replace('\u202f', '\u00a0');
    }

    private String msg(Locale locale, String key, Object... args) {
        return text(messages.getMessage(key, args, locale));
    }

    /** "1,5" in French, "1.5" in English: a quantity as the customer reads numbers. */
    private static String quantity(java.math.BigDecimal quantity, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(quantity);
    }
}
