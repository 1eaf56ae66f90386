package fr.guichet.billing.sepa;

import fr.guichet.shared.Money;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a SEPA Core direct debit initiation, ISO 20022 {@code pain.008.001.08}, with StAX: one group header (message
 * id, creation time, number of transactions and control sum), then one payment information block per sequence type
 * (FRST, RCUR, OOFF), each with its own count and control sum, the creditor, its account and identifier; each
 * transaction names the invoice as end-to-end id, the mandate (reference, date of signature), the debtor and their
 * account. Texts are reduced to the SEPA Latin character set.
 */
public final class Pain008 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

    /** The creditor: its name, account, bank (BIC, optional) and SEPA creditor identifier. */
    public record Creditor(
            String name, String iban, @Nullable String bic, String creditorId) {}

    /** One debit: the invoice number (end-to-end id), its amount, the mandate and the debtor. */
    public record Transaction(
            String endToEndId,
            Money amount,
            SequenceType sequence,
            String mandateReference,
            LocalDate signedOn,
            String debtorName,
            String debtorIban,
            @Nullable String debtorBic,
            String remittance) {}

    private Pain008() {}

    /** The file's bytes (UTF-8). */
    public static byte[] write(
            String messageId,
            LocalDateTime createdAt,
            LocalDate collectionDate,
            Creditor creditor,
            List<Transaction> transactions) {
        Map<SequenceType, List<Transaction>> blocks = new LinkedHashMap<>();
        for (SequenceType type : List.of(SequenceType.FRST, SequenceType.RCUR, SequenceType.OOFF)) {
            List<Transaction> ofType =
                    transactions.stream().filter(t -> t.sequence() == type).toList();
            if (!ofType.isEmpty()) {
                blocks.put(type, ofType);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrDrctDbtInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", createdAt.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            text(xml, "NbOfTxs", String.valueOf(transactions.size()));
            text(xml, "CtrlSum", sum(transactions));
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", latin(creditor.name(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
            for (Map.Entry<SequenceType, List<Transaction>> block : blocks.entrySet()) {
                paymentInformation(xml, messageId, collectionDate, creditor, block.getKey(), block.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 not written", e);
        }
        return out.toByteArray();
    }

    private static void paymentInformation(
            XMLStreamWriter xml,
            String messageId,
            LocalDate collectionDate,
            Creditor creditor,
            SequenceType type,
            List<Transaction> transactions)
            throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", latin(messageId, 30) + "-" + type.name());
        text(xml, "PmtMtd", "DD");
        text(xml, "BtchBookg", "true");
        text(xml, "NbOfTxs", String.valueOf(transactions.size()));
        text(xml, "CtrlSum", sum(transactions));
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        text(xml, "Cd", "SEPA");
        xml.writeEndElement();
        xml.writeStartElement("LclInstrm");
        text(xml, "Cd", "CORE");
        xml.writeEndElement();
        text(xml, "SeqTp", type.name());
        xml.writeEndElement();
        text(xml, "ReqdColltnDt", collectionDate.toString());
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", latin(creditor.name(), 70));
        xml.writeEndElement();
        account(xml, "CdtrAcct", creditor.iban());
        agent(xml, "CdtrAgt", creditor.bic());
        text(xml, "ChrgBr", "SLEV");
        xml.writeStartElement("CdtrSchmeId");
        xml.writeStartElement("Id");
        xml.writeStartElement("PrvtId");
        xml.writeStartElement("Othr");
        text(xml, "Id", creditor.creditorId());
        xml.writeStartElement("SchmeNm");
        text(xml, "Prtry", "SEPA");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (Transaction t : transactions) {
            xml.writeStartElement("DrctDbtTxInf");
            xml.writeStartElement("PmtId");
            text(xml, "EndToEndId", latin(t.endToEndId(), 35));
            xml.writeEndElement();
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(t.amount().amount().setScale(2).toPlainString());
            xml.writeEndElement();
            xml.writeStartElement("DrctDbtTx");
            xml.writeStartElement("MndtRltdInf");
            text(xml, "MndtId", t.mandateReference());
            text(xml, "DtOfSgntr", t.signedOn().toString());
            xml.writeEndElement();
            xml.writeEndElement();
            agent(xml, "DbtrAgt", t.debtorBic());
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", latin(t.debtorName(), 70));
            xml.writeEndElement();
            account(xml, "DbtrAcct", t.debtorIban());
            xml.writeStartElement("RmtInf");
            text(xml, "Ustrd", latin(t.remittance(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** A bank by its BIC, or "NOTPROVIDED" (the rulebook's way to leave it out: the IBAN is enough). */
    private static void agent(XMLStreamWriter xml, String element, @Nullable String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        if (bic != null) {
            text(xml, "BICFI", bic);
        } else {
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String sum(List<Transaction> transactions) {
        return transactions.stream()
                .map(Transaction::amount)
                .reduce(Money.zero(Money.EUR), Money::plus)
                .amount()
                .setScale(2)
                .toPlainString();
    }

    /**
     * The text in the SEPA Latin character set (a-z A-Z 0-9 / - ? : ( ) . , ' + and space): accents dropped, any
     * other character a space; cut to {@code max}.
     */
    static String latin(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('’', '\'')
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ")
                .replaceAll(" {2,}", " ")
                .strip();
        if (plain.isEmpty()) {
            plain = "-";
        }
        return plain.length() <= max ? plain : plain.substring(0, max).strip();
    }
}
