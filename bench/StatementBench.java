import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Issue 16's statement benchmark helper (bench/run-statements-bench.sh), plain JDK.
 *
 * <p>{@code generate FILE N ACCOUNT_IBAN NUMBERS_FILE}: a camt.053.001.08 statement of N credit entries, from the open
 * invoices of NUMBERS_FILE (one "number;open amount;IBAN its customer paid from before" a line, the first half for
 * the numbers, the second for the amounts): one entry in two names an invoice's number in its remittance, one in four
 * pays an invoice's exact amount from its customer's known IBAN (no number), one in four matches nothing.
 *
 * <p>{@code parse FILE}: a plain StAX read of the file counting its entries and summing their amounts, timed; prints
 * {@code entries=… parse_ms=…} (the best of three reads after one untimed).
 */
public class StatementBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), args[3], Files.readAllLines(Path.of(args[4])));
        } else {
            Path file = Path.of(args[1]);
            parse(file);
            long best = Long.MAX_VALUE;
            long[] counted = new long[2];
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                counted = parse(file);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("entries=%d cents=%d parse_ms=%.1f%n", counted[0], counted[1], best / 1e6);
        }
    }

    static long[] parse(Path file) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long entries = 0;
        long cents = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int depthInEntry = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("Ntry")) {
                        entries++;
                        depthInEntry = 1;
                    } else if (depthInEntry > 0) {
                        depthInEntry++;
                        if (depthInEntry == 2 && name.equals("Amt")) {
                            cents += new java.math.BigDecimal(xml.getElementText()).movePointRight(2).longValueExact();
                            depthInEntry--;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && depthInEntry > 0) {
                    depthInEntry--;
                }
            }
        }
        return new long[] {entries, cents};
    }

    static void generate(Path file, int n, String account, List<String> numbers) throws Exception {
        String day = java.time.LocalDate.now().minusDays(1).toString();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                    + "<BkToCstmrStmt><GrpHdr><MsgId>BENCH-" + System.currentTimeMillis() + "</MsgId><CreDtTm>" + day
                    + "T06:00:00</CreDtTm></GrpHdr><Stmt><Id>BENCH-" + day + "</Id><CreDtTm>" + day + "T06:00:00</CreDtTm>"
                    + "<FrToDt><FrDtTm>" + day + "T00:00:00</FrDtTm><ToDtTm>" + day + "T23:59:59</ToDtTm></FrToDt>"
                    + "<Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n");
            for (int i = 0; i < n; i++) {
                String amount;
                String remittance;
                String iban;
                String name;
                if (i % 2 == 0) {
                    String[] invoice = numbers.get((i / 2) % (numbers.size() / 2)).split(";");
                    amount = invoice[1];
                    remittance = "Reglement facture " + invoice[0];
                    iban = null;
                    name = "CLIENT " + (i % 97);
                } else if (i % 4 == 1) {
                    String[] invoice = numbers.get(numbers.size() / 2 + (i / 4) % (numbers.size() / 2)).split(";");
                    amount = invoice[1];
                    remittance = "Virement " + i;
                    iban = invoice[2];
                    name = "PAYEUR " + (i % 89);
                } else {
                    amount = (10 + i % 500) + "." + String.format("%02d", i % 100);
                    remittance = "Divers " + i;
                    iban = null;
                    name = "INCONNU " + i;
                }
                out.write("<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
                        + "<BookgDt><Dt>" + day + "</Dt></BookgDt>"
                        + "<AcctSvcrRef>BENCH" + i + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>E2E" + i
                        + "</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy=\"EUR\">" + amount + "</Amt></TxAmt></AmtDtls>"
                        + "<RltdPties><Dbtr><Pty><Nm>" + name + "</Nm></Pty></Dbtr>"
                        + (iban == null ? "" : "<DbtrAcct><Id><IBAN>" + iban + "</IBAN></Id></DbtrAcct>")
                        + "</RltdPties><RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
            }
            out.write("</Stmt></BkToCstmrStmt></Document>\n");
        }
    }
}
