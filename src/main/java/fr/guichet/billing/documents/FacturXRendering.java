package fr.guichet.billing.documents;

import com.helger.cii.d16b.CIID16BCrossIndustryInvoiceTypeMarshaller;
import com.helger.commons.error.list.ErrorList;
import com.helger.en16931.cii2ubl.CIIToUBL21Converter;
import com.helger.ubl21.UBL21Marshaller;
import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.InvoiceRendering;
import fr.guichet.company.BrandColour;
import fr.guichet.company.CompanyManagement;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import un.unece.uncefact.data.standard.crossindustryinvoice._100.CrossIndustryInvoiceType;

/**
 * Billing's documents as Factur-X: the PDF laid out from the company's template ({@link InvoicePdfLayout}), printed
 * as PDF/A-3b ({@link PdfA3Printer}) and carrying its EN 16931 CII XML as {@code factur-x.xml} (Mustang), the CII XML
 * alone, and the same invoice in UBL 2.1 (converted from the CII, so that both say the same).
 */
@Component
class FacturXRendering implements InvoiceRendering {

    /** Guichet's own colour when the company has none. */
    static final String DEFAULT_BRAND = "#1f4e79";

    static final String PROFILE = "EN16931";

    private final InvoiceMentions mentions;
    private final InvoicePdfLayout layout;
    private final PdfA3Printer printer;
    private final CompanyManagement company;
    private final InvoicePdfSettings settings;
    private final MessageSource messages;

    FacturXRendering(
            InvoiceMentions mentions,
            InvoicePdfLayout layout,
            PdfA3Printer printer,
            CompanyManagement company,
            InvoicePdfSettings settings,
            MessageSource messages) {
        this.mentions = mentions;
        this.layout = layout;
        this.printer = printer;
        this.company = company;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public byte[] pdf(InvoiceDocument document) {
        InvoiceMentions.Texts texts = mentions.of(document);
        byte[] xml = cii(document, texts);
        String fo = layout.fo(document, texts, look(document));
        String title = messages.getMessage("invoicepdf.title." + document.kind(), null, document.language()) + " "
                + document.number();
        byte[] pdfA = printer.pdf(fo, title, document.seller().name());
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setProducer("Guichet")
                    .setCreator(document.seller().name())
                    .setProfile(Profiles.getByName(PROFILE))
                    .load(pdfA);
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdfA.length + xml.length + 8192);
            exporter.export(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The Factur-X of " + document.number() + " could not be made", e);
        }
    }

    @Override
    public byte[] facturX(InvoiceDocument document) {
        return cii(document, mentions.of(document));
    }

    @Override
    public byte[] ubl(InvoiceDocument document) {
        CrossIndustryInvoiceType cii = new CIID16BCrossIndustryInvoiceTypeMarshaller().read(facturX(document));
        if (cii == null) {
            throw new IllegalStateException("The CII of " + document.number() + " cannot be read back");
        }
        ErrorList errors = new ErrorList();
        Serializable ubl = new CIIToUBL21Converter().convertCIItoUBL(cii, errors);
        if (ubl == null || errors.containsAtLeastOneError()) {
            throw new IllegalStateException("The UBL of " + document.number() + " could not be made: " + errors);
        }
        byte[] bytes = ubl instanceof CreditNoteType credit
                ? UBL21Marshaller.creditNote().setFormattedOutput(true).getAsBytes(credit)
                : UBL21Marshaller.invoice().setFormattedOutput(true).getAsBytes((InvoiceType) ubl);
        if (bytes == null) {
            throw new IllegalStateException("The UBL of " + document.number() + " could not be written");
        }
        return bytes;
    }

    private byte[] cii(InvoiceDocument document, InvoiceMentions.Texts texts) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName(PROFILE));
        provider.generateXML(MustangInvoices.of(document, texts));
        return provider.getXML();
    }

    private InvoicePdfLayout.Look look(InvoiceDocument document) {
        String brand = BrandColour.parse(company.current().brandColour()).orElse(DEFAULT_BRAND);
        String logo = company.logo()
                .map(image -> "data:" + image.mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(image.content()))
                .orElse(null);
        String footer = settings.footer().isBlank() ? null : settings.footer().strip();
        return new InvoicePdfLayout.Look(brand, BrandColour.soft(brand), logo, footer, legal(document));
    }

    /** The seller's legal mentions as of the document (not as the company's settings say today). */
    private String legal(InvoiceDocument document) {
        Party seller = document.seller();
        Locale language = document.language();
        InvoicePdfFormat format = new InvoicePdfFormat(language);
        List<String> parts = new ArrayList<>();
        parts.add(seller.name());
        if (seller.legalForm() != null && seller.shareCapital() != null) {
            parts.add(messages.getMessage(
                    "invoicepdf.capital",
                    new Object[] {seller.legalForm(), format.amount(seller.shareCapital())},
                    language));
        } else if (seller.legalForm() != null) {
            parts.add(seller.legalForm());
        }
        if (seller.siren() != null) {
            parts.add(
                    seller.rcsCity() == null
                            ? messages.getMessage("invoicepdf.siren", new Object[] {seller.siren()}, language)
                            : messages.getMessage(
                                    "invoicepdf.rcs", new Object[] {seller.rcsCity(), seller.siren()}, language));
        }
        if (seller.vatNumber() != null) {
            parts.add(messages.getMessage("invoicepdf.vatNumber", new Object[] {seller.vatNumber()}, language));
        }
        List<String> address = new ArrayList<>(seller.address().lines());
        address.add(seller.address().postcode() + " " + seller.address().city());
        parts.add(String.join(", ", address));
        return String.join(" — ", parts);
    }
}
