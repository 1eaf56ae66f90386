package fr.guichet.billing.statements;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Small camt.053.001.08 statements written for a test: one credit entry per line given. */
public final class CamtSamples {

    /** One credit transfer received. */
    public record Credit(String reference, String amount, String remittance, String payerName, String payerIban) {}

    /** One of our SEPA direct debits coming back: its end-to-end id (the invoice number) and the ISO reason code. */
    public record Return(String reference, String amount, String endToEndId, String reasonCode) {}

    private CamtSamples() {}

    /**
     * SEPA direct debits coming back, each booked as a French bank books an unpaid debit on the creditor's account: a
     * debit entry PMNT/IDDT/UPDD, the debit's references, and the return's reason in RtrInf.
     */
    public static byte[] returns(String accountIban, LocalDate booked, Return... returns) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>T</MsgId><CreDtTm>" + booked + "T06:00:00</CreDtTm></GrpHdr><Stmt><Id>T</Id>"
                + "<Acct><Id><IBAN>" + accountIban + "</IBAN></Id></Acct>");
        for (Return r : returns) {
            xml.append("<Ntry><Amt Ccy=\"EUR\">")
                    .append(r.amount())
                    .append("</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts>")
                    .append("<BookgDt><Dt>")
                    .append(booked)
                    .append("</Dt></BookgDt><AcctSvcrRef>")
                    .append(r.reference())
                    .append("</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>IDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd>")
                    .append("</Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>")
                    .append(r.endToEndId())
                    .append("</EndToEndId></Refs><Amt Ccy=\"EUR\">")
                    .append(r.amount())
                    .append("</Amt><CdtDbtInd>DBIT</CdtDbtInd><RtrInf><Rsn><Cd>")
                    .append(r.reasonCode())
                    .append("</Cd></Rsn></RtrInf></TxDtls></NtryDtls><AddtlNtryInf>IMPAYE PRLV SEPA ")
                    .append(r.endToEndId())
                    .append("</AddtlNtryInf></Ntry>");
        }
        xml.append("</Stmt></BkToCstmrStmt></Document>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

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
