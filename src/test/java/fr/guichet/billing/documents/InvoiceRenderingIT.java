package fr.guichet.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.ubl21.UBL21Marshaller;
import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceRendering;
import fr.guichet.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The invoice, the deposit invoice and the credit note as billing hands them out: a PDF/A-3 carrying its Factur-X
 * EN 16931 XML, found completely valid by Mustang's validator (PDF/A by veraPDF, the XML by the EN 16931 and Factur-X
 * schematrons), with every mention printed in the document's language; the XML alone with the French coded notes and
 * the document's totals; the UBL 2.1 that reads back with the same amounts.
 */
class InvoiceRenderingIT extends IntegrationTest {

    @Autowired
    InvoiceRendering rendering;

    @Test
    void anInvoiceWithADepositDeductedIsAValidFacturXWithEveryMentionInFrench() throws Exception {
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);
        byte[] pdf = rendering.pdf(invoice);

        assertCompletelyValid(pdf, "facture.pdf");
        assertThat(embeddedFacturX(pdf)).isEqualTo(rendering.facturX(invoice));
        assertThat(text(pdf))
                .contains("Facture", "N° FA-2026-000042", "16/03/2026", "du 01/02/2026 au 28/02/2026", "15/04/2026")
                .contains("Atelier Numérique Test", "SAS au capital de 50 000 €", "RCS Lyon 732829320")
                .contains("SIRET 73282932000074", "N° TVA FR44732829320")
                .contains("Boulangerie des Tests SARL", "SIREN 552100554", "N° TVA FR40552100554")
                .contains("Adresse de livraison", "Entrepôt des Tests", "Bon de commande : BC-7781")
                .contains("Maintenance informatique", "65,00 €", "10 %", "175,50 €", "1,5", "7,5 %", "46,25 €")
                .contains(SampleInvoices.EXEMPTION)
                .contains("Total HT", "728,55 €", "42,85 €", "771,40 €", "Acompte FA-2026-000040", "- 120,00 €")
                .contains("Net à payer", "651,40 €")
                .contains("Paiement à 30 jours", "IBAN FR76 3000 6000 0112 3456 7890 189", "BIC AGRIFRPP")
                .contains("Pas d’escompte pour paiement anticipé.")
                .contains("12,15 %", "40,00 €", "Catégorie de l’opération", "TVA acquittée sur les débits.");
    }

    @Test
    void aDepositInvoiceInEnglishIsAValidFacturXTypedAsAPrepaymentInvoice() throws Exception {
        InvoiceDocument deposit = SampleInvoices.deposit(Locale.ENGLISH);
        byte[] pdf = rendering.pdf(deposit);

        assertCompletelyValid(pdf, "deposit.pdf");
        Document xml = xml(rendering.facturX(deposit));
        assertThat(values(xml, "TypeCode").get(0)).isEqualTo("386");
        assertThat(text(pdf))
                .contains("Deposit invoice", "No. FA-2026-000040", "Amount due", "Total incl. VAT")
                .contains("No discount for early payment.", "fixed recovery indemnity")
                .contains("Category of the operation: supply of goods and services.")
                .doesNotContain("Net à payer", "Facture d’acompte");
    }

    @Test
    void aCreditNoteIsAValidFacturXThatNamesTheInvoiceItCorrects() throws Exception {
        InvoiceDocument credit = SampleInvoices.creditNote(Locale.FRENCH);
        byte[] pdf = rendering.pdf(credit);

        assertCompletelyValid(pdf, "avoir.pdf");
        Document xml = xml(rendering.facturX(credit));
        assertThat(values(xml, "TypeCode").get(0)).isEqualTo("381");
        assertThat(values(xml, "IssuerAssignedID")).contains("FA-2026-000042");
        assertThat(text(pdf))
                .contains("Avoir", "AV-2026-000003", "Facture corrigée", "FA-2026-000042 du 16/03/2026")
                .contains("Montant de l’avoir")
                .as("a credit note asks for no payment")
                .doesNotContain("échéance", "IBAN", "indemnité forfaitaire", "Paiement à");
    }

    @Test
    void theFacturXXmlCarriesTheFrenchCodedNotesAndTheDocumentsOwnTotals() throws Exception {
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);
        byte[] cii = rendering.facturX(invoice);

        assertCompletelyValid(cii, "factur-x.xml");
        Document xml = xml(cii);
        assertThat(values(xml, "SubjectCode")).contains("PMT", "PMD", "AAB");
        Map<String, String> notes = notesBySubject(xml);
        assertThat(notes.get("PMT")).contains("40,00 €");
        assertThat(notes.get("PMD")).contains("12,15 %");
        assertThat(notes.get("AAB")).isEqualTo("Pas d’escompte pour paiement anticipé.");
        assertThat(amount(xml, "TaxBasisTotalAmount"))
                .isEqualByComparingTo(invoice.totalNet().amount());
        assertThat(amount(xml, "TaxTotalAmount"))
                .isEqualByComparingTo(invoice.totalVat().amount());
        assertThat(amount(xml, "GrandTotalAmount"))
                .isEqualByComparingTo(invoice.totalGross().amount());
        assertThat(amount(xml, "TotalPrepaidAmount"))
                .isEqualByComparingTo(invoice.prepaid().amount());
        assertThat(amount(xml, "DuePayableAmount"))
                .isEqualByComparingTo(invoice.amountDue().amount());
        List<BigDecimal> vat =
                values(xml, "CalculatedAmount").stream().map(BigDecimal::new).toList();
        assertThat(vat)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrderElementsOf(
                        invoice.vatSummary().stream().map(s -> s.vat().amount()).toList());
        assertThat(values(xml, "CategoryCode")).contains("S", "E");
        assertThat(values(xml, "ExemptionReason")).contains(SampleInvoices.EXEMPTION);
    }

    @Test
    void theUblExportReadsBackAsAnInvoiceOrACreditNoteWithTheSameAmounts() {
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);
        InvoiceType ubl = UBL21Marshaller.invoice().read(rendering.ubl(invoice));
        assertThat(ubl).isNotNull();
        assertThat(ubl.getIDValue()).isEqualTo("FA-2026-000042");
        assertThat(ubl.getLegalMonetaryTotal().getTaxInclusiveAmountValue())
                .isEqualByComparingTo(invoice.totalGross().amount());
        assertThat(ubl.getLegalMonetaryTotal().getPayableAmountValue())
                .isEqualByComparingTo(invoice.amountDue().amount());
        assertThat(ubl.getInvoiceLine()).hasSize(4);
        assertThat(new String(rendering.ubl(invoice), StandardCharsets.UTF_8))
                .contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "#PMT#", "#PMD#", "#AAB#");

        InvoiceDocument credit = SampleInvoices.creditNote(Locale.FRENCH);
        CreditNoteType creditNote = UBL21Marshaller.creditNote().read(rendering.ubl(credit));
        assertThat(creditNote).isNotNull();
        assertThat(creditNote.getLegalMonetaryTotal().getPayableAmountValue())
                .isEqualByComparingTo(credit.amountDue().amount());
    }

    private static void assertCompletelyValid(byte[] content, String name) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(content, name);
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        assertThat(report).contains("status=\"valid\"").doesNotContain("<error");
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the font draws ’ and ʼ with one glyph, which text extraction reads back as the latter
            return plain(new PDFTextStripper().getText(document)).replace('\u02bc', '\u2019');
        }
    }

    /** No-break spaces (French amounts) as spaces. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static byte[] embeddedFacturX(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDComplexFileSpecification file =
                    names.getEmbeddedFiles().getNames().get("factur-x.xml");
            assertThat(file).as("factur-x.xml embedded").isNotNull();
            return file.getEmbeddedFile().toByteArray();
        }
    }

    private static Document xml(byte[] content) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    }

    private static List<String> values(Document xml, String localName) {
        NodeList nodes = xml.getElementsByTagNameNS("*", localName);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }

    private static BigDecimal amount(Document xml, String localName) {
        return new BigDecimal(values(xml, localName).get(0));
    }

    private static Map<String, String> notesBySubject(Document xml) {
        NodeList notes = xml.getElementsByTagNameNS("*", "IncludedNote");
        Map<String, String> bySubject = new java.util.HashMap<>();
        for (int i = 0; i < notes.getLength(); i++) {
            org.w3c.dom.Element note = (org.w3c.dom.Element) notes.item(i);
            NodeList subject = note.getElementsByTagNameNS("*", "SubjectCode");
            NodeList content = note.getElementsByTagNameNS("*", "Content");
            if (subject.getLength() > 0 && content.getLength() > 0) {
                bySubject.put(
                        subject.item(0).getTextContent().strip(),
                        plain(content.item(0).getTextContent().strip()));
            }
        }
        return bySubject;
    }
}
