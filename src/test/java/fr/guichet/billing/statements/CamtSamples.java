package fr.guichet.billing.statements;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Small camt.053.001.08 statements written for a test: one credit entry per line given. */
public final class CamtSamples {

    /** One credit transfer received. */
    public record Credit(String reference, String amount, String remittance, String payerName, String payerIban) {}

    private CamtSamples() {}

    public static byte[] statement(String accountIban, LocalDate booked, Credit... credits) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>T</MsgId><CreDtTm>" + booked + "T06:00:00</CreDtTm></GrpHdr><Stmt><Id>T</Id>"
                + "<Acct><Id><IBAN>" + accountIban + "</IBAN></Id></Acct>");
        for (Credit credit : credits) {
            xml.append("<Ntry><Amt Ccy=\"EUR\">")
                    .append(credit.amount())
                    .append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>")
                    .append(booked)
                    .append("</Dt></BookgDt><AcctSvcrRef>")
                    .append(credit.reference())
                    .append("</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>")
                    .append(credit.payerName())
                    .append("</Nm></Pty></Dbtr>");
            if (!credit.payerIban().isEmpty()) {
                xml.append("<DbtrAcct><Id><IBAN>").append(credit.payerIban()).append("</IBAN></Id></DbtrAcct>");
            }
            xml.append("</RltdPties><RmtInf><Ustrd>")
                    .append(credit.remittance())
                    .append("</Ustrd></RmtInf></TxDtls></NtryDtls><AddtlNtryInf>VIR SEPA RECU ")
                    .append(credit.payerName())
                    .append("</AddtlNtryInf></Ntry>");
        }
        xml.append("</Stmt></BkToCstmrStmt></Document>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
