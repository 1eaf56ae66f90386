package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ISO 20022 bank-to-customer statement (camt.053.001.02 to .13) with StAX, keeping only the elements Guichet
 * needs: the account's IBAN, the period, the opening (OPBD/PRCD) and closing (CLBD) balances and the booked entries.
 * An entry with transaction details gives one line per detail (a batch of transfers becomes its transfers); the
 * parties and references are read in both the 001.02 layout (Dbtr/Nm, AmtDtls/TxAmt) and the 001.08 one (Dbtr/Pty/Nm,
 * TxDtls/Amt). A debit line that is one of our SEPA direct debits coming back — its transaction details carry the
 * return's reason (RtrInf/Rsn/Cd), or its bank transaction code says so (domain PMNT, family IDDT or RDDT, sub-family
 * UPDD, PRDD, RRTN or ARET), and no other family says it is something else — keeps that ISO reason code ({@code MS03}, "reason not specified", when there is none)
 * beside the debit's end-to-end id. No DTD, no external entity: a file declaring one is refused.
 */
final class CamtStatementReader {

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.\\d{2}");

    /** The direct debit families (issued, received) and the sub-families that say a debit came back. */
    private static final Set<String> DIRECT_DEBIT_FAMILIES = Set.of("IDDT", "RDDT");

    private static final Set<String> RETURN_SUB_FAMILIES = Set.of("UPDD", "PRDD", "RRTN", "ARET");

    /** The reason code of a return that gave none: ISO 20022 "reason not specified". */
    static final String UNSPECIFIED_REASON = "MS03";

    private final XMLInputFactory factory;

    CamtStatementReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    ParsedStatement read(byte[] content) {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            return new Walk(xml).statement();
        } catch (XMLStreamException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
            throw new StatementRefused("billing.statements.error.broken-xml", line);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** One pass over the document: a path of local names, and what is being gathered. */
    private static final class Walk {

        private final XMLStreamReader xml;
        private final Deque<String> path = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final List<ParsedEntry> entries = new ArrayList<>();
        private @Nullable String iban;
        private @Nullable LocalDate from;
        private @Nullable LocalDate to;
        private @Nullable Money opening;
        private @Nullable Money closing;
        private @Nullable Balance balance;
        private @Nullable Gathered entry;
        private @Nullable Gathered detail;
        private final List<Gathered> details = new ArrayList<>();
        private int entryCount;
        private String currency = "";

        Walk(XMLStreamReader xml) {
            this.xml = xml;
        }

        ParsedStatement statement() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new StatementRefused("billing.statements.error.dtd");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root) {
                            String namespace = xml.getNamespaceURI();
                            if (!xml.getLocalName().equals("Document")
                                    || namespace == null
                                    || !NAMESPACE.matcher(namespace).matches()) {
                                throw new StatementRefused("billing.statements.error.unknown-format");
                            }
                            root = false;
                        }
                        start(xml.getLocalName());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    default -> {
                        // comments, processing instructions, spaces: nothing to keep
                    }
                }
            }
            if (root) {
                throw new StatementRefused("billing.statements.error.unknown-format");
            }
            if (iban == null) {
                throw new StatementRefused("billing.statements.error.camt-no-account");
            }
            return new ParsedStatement(
                    StatementFormat.CAMT053, AccountIdentity.ofIban(iban), from, to, opening, closing, entries);
        }

        private void start(String name) {
            path.push(name);
            text.setLength(0);
            switch (name) {
                case "Amt" -> currency = attribute("Ccy");
                case "Bal" -> balance = new Balance();
                case "Ntry" -> {
                    entry = new Gathered();
                    details.clear();
                    entryCount++;
                }
                case "TxDtls" -> detail = new Gathered();
                default -> {
                    // read at its end
                }
            }
        }

        private void end(String name) {
            String value = text.toString().strip();
            text.setLength(0);
            path.pop();
            String parent = path.isEmpty() ? "" : path.peek();
            if (detail != null) {
                detailElement(name, parent, value);
            } else if (entry != null) {
                entryElement(name, parent, value);
            } else if (balance != null) {
                balanceElement(name, parent, value);
            } else {
                statementElement(name, parent, value);
            }
        }

        private void statementElement(String name, String parent, String value) {
            if (name.equals("IBAN") && inside("Acct") && !inside("Ntry")) {
                if (iban != null && !iban.equals(value)) {
                    throw new StatementRefused("billing.statements.error.several-accounts");
                }
                iban = value;
            } else if (name.equals("FrDtTm") || (name.equals("FrDt") && parent.equals("FrToDt"))) {
                LocalDate date = date(value);
                from = from == null || date.isBefore(from) ? date : from;
            } else if (name.equals("ToDtTm") || (name.equals("ToDt") && parent.equals("FrToDt"))) {
                LocalDate date = date(value);
                to = to == null || date.isAfter(to) ? date : to;
            }
        }

        private void balanceElement(String name, String parent, String value) {
            Balance b = balance;
            switch (name) {
                case "Cd" -> {
                    if (parent.equals("CdOrPrtry")) {
                        b.type = value;
                    }
                }
                case "Amt" -> {
                    b.amount = decimal(value, "balance");
                    StatementAmounts.requireEuros(currency, "balance");
                }
                case "CdtDbtInd" -> b.debit = debit(value, "balance");
                case "Bal" -> {
                    if (b.amount != null) {
                        Money amount = StatementAmounts.euros(b.debit ? b.amount.negate() : b.amount, "balance");
                        if (("OPBD".equals(b.type) || "PRCD".equals(b.type)) && opening == null) {
                            opening = amount;
                        } else if ("CLBD".equals(b.type)) {
                            closing = amount;
                        }
                    }
                    balance = null;
                }
                default -> {
                    // not needed
                }
            }
        }

        private void entryElement(String name, String parent, String value) {
            Gathered e = entry;
            switch (name) {
                case "Amt" -> {
                    if (parent.equals("Ntry")) {
                        e.amount = decimal(value, where());
                        StatementAmounts.requireEuros(currency, where());
                    }
                }
                case "CdtDbtInd" -> {
                    if (parent.equals("Ntry")) {
                        e.debit = debit(value, where());
                    }
                }
                case "Sts", "Cd" -> {
                    if (name.equals("Sts") && !value.isEmpty() || parent.equals("Sts")) {
                        e.status = value;
                    } else {
                        transactionCode(e, name, parent, value);
                    }
                }
                case "SubFmlyCd" -> transactionCode(e, name, parent, value);
                case "Dt", "DtTm" -> {
                    if (parent.equals("BookgDt")) {
                        e.bookingDate = date(value);
                    } else if (parent.equals("ValDt")) {
                        e.valueDate = date(value);
                    }
                }
                case "AcctSvcrRef" -> {
                    if (parent.equals("Ntry")) {
                        e.bankReference = value;
                    }
                }
                case "AddtlNtryInf" -> e.label = value;
                case "Ntry" -> {
                    finishEntry(e);
                    entry = null;
                }
                default -> {
                    // not needed
                }
            }
        }

        private void detailElement(String name, String parent, String value) {
            Gathered d = detail;
            switch (name) {
                case "Amt" -> {
                    if (parent.equals("TxDtls") || parent.equals("TxAmt")) {
                        d.amount = decimal(value, where());
                        StatementAmounts.requireEuros(currency, where());
                    }
                }
                case "CdtDbtInd" -> {
                    if (parent.equals("TxDtls")) {
                        d.debit = debit(value, where());
                    }
                }
                case "AcctSvcrRef" -> d.bankReference = value;
                case "EndToEndId" -> d.endToEndId = value.equals("NOTPROVIDED") ? null : value;
                case "Ustrd" -> d.remittance = join(d.remittance, value);
                case "Ref" -> {
                    if (parent.equals("CdtrRefInf")) {
                        d.remittance = join(d.remittance, value);
                    }
                }
                case "AddtlTxInf" -> d.label = value;
                case "Cd", "SubFmlyCd" -> {
                    if (parent.equals("Rsn") && inside("RtrInf")) {
                        d.returnReason = value;
                    } else {
                        transactionCode(d, name, parent, value);
                    }
                }
                case "Nm" -> {
                    if (inside("Dbtr") && !inside("UltmtDbtr")) {
                        d.debtorName = value;
                    } else if (inside("Cdtr") && !inside("UltmtCdtr")) {
                        d.creditorName = value;
                    }
                }
                case "IBAN" -> {
                    if (inside("DbtrAcct")) {
                        d.debtorIban = value;
                    } else if (inside("CdtrAcct")) {
                        d.creditorIban = value;
                    }
                }
                case "TxDtls" -> {
                    details.add(d);
                    detail = null;
                }
                default -> {
                    // not needed
                }
            }
        }

        /** Only booked entries count (a pending one may change); one line per transaction detail when amounts tell. */
        private void finishEntry(Gathered e) {
            if (e.status != null && !e.status.equals("BOOK")) {
                return;
            }
            if (e.amount == null || e.bookingDate == null || e.debit == null) {
                throw new StatementRefused("billing.statements.error.camt-entry", entryCount);
            }
            boolean split = details.size() > 1 && details.stream().allMatch(d -> d.amount != null);
            if (split) {
                for (int i = 0; i < details.size(); i++) {
                    Gathered d = details.get(i);
                    boolean debit = d.debit == null ? Boolean.TRUE.equals(e.debit) : d.debit;
                    String reference = d.bankReference != null
                            ? d.bankReference
                            : e.bankReference == null ? null : e.bankReference + "/" + (i + 1);
                    entries.add(line(e, d, d.amount, debit, reference));
                }
                return;
            }
            Gathered d = details.isEmpty() ? new Gathered() : details.get(0);
            if (details.size() > 1) {
                // a batch without amounts per transfer: one line, with every remittance
                for (int i = 1; i < details.size(); i++) {
                    d.remittance = join(d.remittance, details.get(i).remittance);
                }
                d.endToEndId = null;
            }
            String reference = e.bankReference != null ? e.bankReference : d.bankReference;
            entries.add(line(e, d, e.amount, Boolean.TRUE.equals(e.debit), reference));
        }

        /** A bank transaction code's domain, family and sub-family (BkTxCd/Domn), of the entry or of a detail. */
        private void transactionCode(Gathered g, String name, String parent, String value) {
            if (!inside("BkTxCd") || !inside("Domn")) {
                return;
            }
            if (name.equals("Cd") && parent.equals("Domn")) {
                g.domain = value;
            } else if (name.equals("Cd") && parent.equals("Fmly")) {
                g.family = value;
            } else if (name.equals("SubFmlyCd")) {
                g.subFamily = value;
            }
        }

        /** The ISO reason code when the line is a direct debit coming back, else none. */
        private static @Nullable String returnReason(Gathered e, Gathered d, boolean debit) {
            String family = d.family != null ? d.family : e.family;
            if (!debit || family != null && !DIRECT_DEBIT_FAMILIES.contains(family)) {
                // a credit, or a line the bank says is no direct debit (a credit transfer sent back…)
                return null;
            }
            if (d.returnReason != null && !d.returnReason.isBlank()) {
                return d.returnReason;
            }
            return saysReturn(d) || saysReturn(e) ? UNSPECIFIED_REASON : null;
        }

        private static boolean saysReturn(Gathered g) {
            return "PMNT".equals(g.domain)
                    && g.family != null
                    && DIRECT_DEBIT_FAMILIES.contains(g.family)
                    && g.subFamily != null
                    && RETURN_SUB_FAMILIES.contains(g.subFamily);
        }

        private ParsedEntry line(Gathered e, Gathered d, BigDecimal amount, boolean debit, @Nullable String reference) {
            Money signed = StatementAmounts.euros(debit ? amount.negate() : amount, where());
            String name = debit ? d.creditorName : d.debtorName;
            String account = debit ? d.creditorIban : d.debtorIban;
            String label = e.label != null ? e.label : d.label != null ? d.label : d.remittance;
            return new ParsedEntry(
                    e.bookingDate,
                    e.valueDate,
                    signed,
                    label == null ? "" : label,
                    reference,
                    d.endToEndId,
                    d.remittance,
                    name,
                    account,
                    returnReason(e, d, debit));
        }

        private boolean inside(String element) {
            return path.contains(element);
        }

        private String attribute(String name) {
            String value = xml.getAttributeValue(null, name);
            return value == null ? "" : value;
        }

        private String where() {
            return "#" + entryCount;
        }

        /** CRDT or DBIT, as camt.053 says: anything else is no direction, and a file that says it is refused. */
        private static boolean debit(String value, String where) {
            return switch (value) {
                case "DBIT" -> true;
                case "CRDT" -> false;
                default -> throw new StatementRefused("billing.statements.error.credit-debit", value, where);
            };
        }

        private BigDecimal decimal(String value, String where) {
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() < 0) {
                    // camt.053 says the direction by CdtDbtInd; its amounts are never below zero
                    throw new StatementRefused("billing.statements.error.negative-amount", value, where);
                }
                StatementAmounts.euros(amount, where);
                return amount;
            } catch (NumberFormatException notANumber) {
                throw new StatementRefused("billing.statements.error.amount", value, where);
            }
        }

        private LocalDate date(String value) {
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (RuntimeException notADate) {
                throw new StatementRefused("billing.statements.error.date", value, where());
            }
        }

        private static @Nullable String join(@Nullable String before, @Nullable String more) {
            if (more == null || more.isBlank()) {
                return before;
            }
            return before == null ? more : before + " " + more;
        }
    }

    /** A balance being read. */
    private static final class Balance {
        @Nullable
        String type;

        @Nullable
        BigDecimal amount;

        boolean debit;
    }

    /** An entry or a transaction detail being read. */
    private static final class Gathered {
        @Nullable
        BigDecimal amount;

        @Nullable
        Boolean debit;

        @Nullable
        String status;

        @Nullable
        LocalDate bookingDate;

        @Nullable
        LocalDate valueDate;

        @Nullable
        String bankReference;

        @Nullable
        String endToEndId;

        @Nullable
        String remittance;

        @Nullable
        String label;

        @Nullable
        String debtorName;

        @Nullable
        String debtorIban;

        @Nullable
        String creditorName;

        @Nullable
        String creditorIban;

        @Nullable
        String domain;

        @Nullable
        String family;

        @Nullable
        String subFamily;

        @Nullable
        String returnReason;
    }
}
