package fr.guichet.billing.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Money;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The pain.008.001.08 file: valid against the ISO 20022 XSD (the schema as the ISO published it, taken from a Maven
 * Central artifact at test time), one payment information block per sequence type with its own count and control sum,
 * the invoice number as end-to-end id, the mandate's reference and date of signature.
 */
class Pain008Test {

    static final Pain008.Creditor CREDITOR =
            new Pain008.Creditor("Société d’essai SARL", "FR7630006000011234567890189", null, "FR72ZZZ123456");

    /** The XSD of pain.008.001.08, on the test class path. */
    static Schema schema() throws SAXException {
        URL xsd = Pain008Test.class.getClassLoader().getResource("pain.008.001.08.xsd");
        assertThat(xsd).as("the pain.008.001.08 XSD on the test class path").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(xsd);
    }

    static void validate(byte[] file) throws Exception {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    @Test
    void aBatchOfFirstAndRecurringDebitsIsValidAgainstTheXsdWithItsCountsAndSums() throws Exception {
        byte[] file = Pain008.write(
                "SDD-20261201090000-ABCDEF",
                LocalDateTime.of(2026, 12, 1, 9, 0, 0),
                LocalDate.of(2026, 12, 15),
                CREDITOR,
                List.of(
                        debit("FA-2026-000101", "120.00", SequenceType.FRST, null),
                        debit("FA-2026-000102", "30.50", SequenceType.RCUR, "BNPAFRPPXXX"),
                        debit("FA-2026-000103", "9.49", SequenceType.RCUR, "AGRIFRPP")));

        validate(file);

        Document xml = parse(file);
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/GrpHdr/NbOfTxs")).isEqualTo("3");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/GrpHdr/CtrlSum")).isEqualTo("159.99");
        assertThat(xpath(xml, "count(/Document/CstmrDrctDbtInitn/PmtInf)")).isEqualTo("2");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/PmtTpInf/SeqTp"))
                .isEqualTo("FRST");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/NbOfTxs")).isEqualTo("1");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/CtrlSum")).isEqualTo("120.00");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/PmtTpInf/SeqTp"))
                .isEqualTo("RCUR");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/NbOfTxs")).isEqualTo("2");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/CtrlSum")).isEqualTo("39.99");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/ReqdColltnDt"))
                .isEqualTo("2026-12-15");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/CdtrSchmeId/Id/PrvtId/Othr/Id"))
                .isEqualTo("FR72ZZZ123456");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/Cdtr/Nm"))
                .as("the SEPA character set: accents and typographic apostrophes reduced")
                .isEqualTo("Societe d'essai SARL");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/DrctDbtTxInf/PmtId/EndToEndId"))
                .isEqualTo("FA-2026-000101");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/DrctDbtTxInf/DrctDbtTx/MndtRltdInf/MndtId"))
                .isEqualTo("RUM-FA-2026-000101");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/DrctDbtTxInf/DrctDbtTx/MndtRltdInf/DtOfSgntr"))
                .isEqualTo("2026-01-15");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[1]/DrctDbtTxInf/DbtrAgt/FinInstnId/Othr/Id"))
                .as("no BIC: NOTPROVIDED")
                .isEqualTo("NOTPROVIDED");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/DrctDbtTxInf[1]/DbtrAgt/FinInstnId/BICFI"))
                .isEqualTo("BNPAFRPPXXX");
        assertThat(xpath(xml, "/Document/CstmrDrctDbtInitn/PmtInf[2]/DrctDbtTxInf[2]/InstdAmt"))
                .isEqualTo("9.49");
    }

    @Test
    void aOneOffDebitIsItsOwnBlockAndStillValid() throws Exception {
        byte[] file = Pain008.write(
                "SDD-1",
                LocalDateTime.of(2026, 12, 1, 9, 0, 0),
                LocalDate.of(2026, 12, 15),
                CREDITOR,
                List.of(debit("FA-2026-000200", "1000000.00", SequenceType.OOFF, null)));
        validate(file);
        assertThat(xpath(parse(file), "/Document/CstmrDrctDbtInitn/PmtInf/PmtTpInf/SeqTp"))
                .isEqualTo("OOFF");
    }

    @Test
    void theValidationIsRealAFileBrokenByHandIsRefused() throws Exception {
        byte[] file = Pain008.write(
                "SDD-2",
                LocalDateTime.of(2026, 12, 1, 9, 0, 0),
                LocalDate.of(2026, 12, 15),
                CREDITOR,
                List.of(debit("FA-2026-000300", "10.00", SequenceType.FRST, null)));
        String broken = new String(file, StandardCharsets.UTF_8).replace("<SeqTp>FRST</SeqTp>", "<SeqTp>FIRST</SeqTp>");
        assertThatThrownBy(() -> validate(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("FIRST");
        String noMethod = new String(file, StandardCharsets.UTF_8).replace("<PmtMtd>DD</PmtMtd>", "");
        assertThatThrownBy(() -> validate(noMethod.getBytes(StandardCharsets.UTF_8)))
                .as("a mandatory element left out")
                .isInstanceOf(SAXException.class);
        String negative = new String(file, StandardCharsets.UTF_8).replace(">10.00<", ">-10.00<");
        assertThatThrownBy(() -> validate(negative.getBytes(StandardCharsets.UTF_8)))
                .as("a negative amount")
                .isInstanceOf(SAXException.class);
    }

    @Test
    void textsAreReducedToTheSepaCharacterSetAndCut() {
        assertThat(Pain008.latin("Boulangerie Ça & Fils « Œuvre »", 140)).isEqualTo("Boulangerie Ca Fils uvre");
        assertThat(Pain008.latin("x".repeat(80), 70)).hasSize(70);
        assertThat(Pain008.latin("€€", 10)).isEqualTo("-");
    }

    private static Pain008.Transaction debit(String number, String amount, SequenceType type, String bic) {
        return new Pain008.Transaction(
                number,
                Money.euros(amount),
                type,
                "RUM-" + number,
                LocalDate.of(2026, 1, 15),
                "Client Éric",
                "FR7630004000031234567890143",
                bic,
                number);
    }

    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    static String xpath(Document xml, String expression) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(expression, xml, XPathConstants.STRING);
    }
}
