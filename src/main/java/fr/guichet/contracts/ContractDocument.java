package fr.guichet.contracts;

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
import fr.guichet.catalogue.Recurrence;
import fr.guichet.company.CompanyLegalLine;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.shared.Money;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of a contract, in French: the parties, the subject, the terms (duration, renewal, notice and how to cancel)
 * and the lines with their amounts excluding VAT, VAT rates and totals per billing period.
 */
@Component
public class ContractDocument {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private final CustomerManagement customers;
    private final MessageSource messages;
    private final ContractManagement contracts;
    private final CompanyManagement company;
    private final CompanyLegalLine legalLine;

    ContractDocument(
            CustomerManagement customers,
            MessageSource messages,
            ContractManagement contracts,
            CompanyManagement company,
            CompanyLegalLine legalLine) {
        this.customers = customers;
        this.messages = messages;
        this.contracts = contracts;
        this.company = company;
        this.legalLine = legalLine;
    }

    /** The company's logo at the top of the document, 40 pt high (an SVG one drawn as a PNG: OpenPDF embeds bitmaps). */
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

    public byte[] pdf(Contract contract) {
        Organisation customer = customers.find(contract.getOrganisationId()).orElseThrow();
        LocalDate today = contracts.today();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(contract.getReference());
            document.open();
            CompanyProfile provider = company.current();
            logo().ifPresent(logo -> {
                try {
                    document.add(logo);
                } catch (DocumentException e) {
                    throw new IllegalStateException(e);
                }
            });
            document.add(new Paragraph(text(provider.officialName()), HEADING));
            for (String line : provider.postalAddress()) {
                document.add(new Paragraph(text(line), SMALL));
            }
            if (provider.hasLegalMentions()) {
                document.add(new Paragraph(text(legalLine.of(provider, FRENCH)), SMALL));
            }
            document.add(new Paragraph(msg("contracts.pdf.title", contract.getReference()), TITLE));
            document.add(new Paragraph(contract.getTitle(), TEXT));
            document.add(spacer());

            document.add(new Paragraph(msg("contracts.pdf.customer"), HEADING));
            document.add(new Paragraph(customer.getName(), TEXT));
            Address address = customer.getAddress();
            if (address != null && !address.isEmpty()) {
                document.add(new Paragraph(text(address.oneLine()), TEXT));
            }
            if (customer.getSiren() != null) {
                document.add(new Paragraph("SIREN " + customer.getSirenFormatted(), TEXT));
            }
            if (customer.getVatNumber() != null) {
                document.add(new Paragraph(msg("contracts.pdf.vat-number", customer.getVatNumber()), TEXT));
            }
            document.add(spacer());

            document.add(new Paragraph(msg("contracts.pdf.terms"), HEADING));
            document.add(new Paragraph(
                    msg(
                            "contracts.pdf.term",
                            DATE.format(contract.getStartDate()),
                            DATE.format(contract.getInitialEndDate())),
                    TEXT));
            document.add(new Paragraph(
                    contract.isAutoRenewal()
                            ? msg(
                                    "contracts.pdf.renewal",
                                    contract.getRenewalMonths(),
                                    contract.getNoticeDays(),
                                    DATE.format(contract.terms().noticeDeadline(today)))
                            : msg("contracts.pdf.no-renewal"),
                    TEXT));
            if (contract.getEndsOn() != null) {
                document.add(new Paragraph(msg("contracts.pdf.ends", DATE.format(contract.getEndsOn())), TEXT));
            }
            document.add(spacer());

            document.add(new Paragraph(msg("contracts.lines"), HEADING));
            document.add(spacer());
            document.add(lines(contract));
            for (Recurrence recurrence : Recurrence.values()) {
                Money total = contract.netPerPeriod(recurrence);
                if (total.amount().signum() != 0) {
                    Paragraph line = new Paragraph(
                            msg("contracts.pdf.total", msg("catalogue.recurrence." + recurrence), money(total)), TEXT);
                    line.setAlignment(Element.ALIGN_RIGHT);
                    document.add(line);
                }
            }
            contract.getLines().stream()
                    .filter(line -> line.vatRate().needsExemptionReason())
                    .findFirst()
                    .ifPresent(line -> document.add(new Paragraph(msg("contracts.pdf.exempt"), SMALL)));
            document.add(spacer());
            document.add(new Paragraph(msg("contracts.pdf.cancel-online"), SMALL));
            document.add(new Paragraph(msg("contracts.pdf.generated", DATE.format(today)), SMALL));
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF of contract " + contract.getReference() + " failed", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private PdfPTable lines(Contract contract) {
        PdfPTable table = new PdfPTable(new float[] {3.2f, 1f, 1.6f, 1f, 1.6f, 1f, 1.4f});
        table.setWidthPercentage(100);
        for (String header : new String[] {
            "catalogue.name",
            "contracts.quantity",
            "catalogue.unitPrice",
            "contracts.discount",
            "contracts.net",
            "catalogue.vatRate",
            "catalogue.recurrence"
        }) {
            PdfPCell cell = new PdfPCell(new Phrase(msg(header), SMALL));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (ContractLine line : contract.getLines()) {
            table.addCell(new Phrase(line.label() + " (" + line.itemCode() + ")", TEXT));
            table.addCell(right(line.quantity().stripTrailingZeros().toPlainString()));
            table.addCell(right(money(new Money(line.unitPrice(), Money.EUR))));
            table.addCell(right(line.discountPercent().stripTrailingZeros().toPlainString() + " %"));
            table.addCell(right(money(line.net())));
            table.addCell(new Phrase(text(msg("catalogue.vat." + line.vatRate())), TEXT));
            table.addCell(new Phrase(msg("catalogue.recurrence." + line.recurrence()), TEXT));
        }
        return table;
    }

    private static PdfPCell right(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", SMALL);
    }

    private static String money(Money amount) {
        return text(amount.format(FRENCH));
    }

    /** The PDF's standard fonts know Windows-1252, which has the no-break space but not the narrow one. */
    private static String text(String value) {
        return value.replace('\u202f', '\u00a0');
    }

    private String msg(String key, Object... args) {
        return text(messages.getMessage(key, args, FRENCH));
    }
}
