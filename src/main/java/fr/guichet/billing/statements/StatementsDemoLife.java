package fr.guichet.billing.statements;

import fr.guichet.company.CompanyManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Bank statements' part of the demo company's year ({@link DemoActivity}, order 460, after the invoices): the
 * company's bank account (its profile's IBAN) and yesterday's camt.053 statement, imported through the import's own
 * rules: three transfers naming their invoices (matched and explained at once), two a clerk has to reconcile (the
 * exact amount of an invoice with nothing else said; a part payment naming its customer), bank fees and a supplier's
 * payment.
 */
@Component
class StatementsDemoLife implements DemoActivity {

    private static final String BY = "Facturation (démo)";

    private final CompanyManagement company;
    private final BankAccounts accounts;
    private final OpenInvoices invoices;
    private final CustomerManagement customers;
    private final StatementImporting importing;

    StatementsDemoLife(
            CompanyManagement company,
            BankAccounts accounts,
            OpenInvoices invoices,
            CustomerManagement customers,
            StatementImporting importing) {
        this.company = company;
        this.accounts = accounts;
        this.invoices = invoices;
        this.customers = customers;
        this.importing = importing;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public DemoOutcome play(DemoLife life) {
        String iban = company.current().iban();
        List<OpenInvoice> open = invoices.latest(5);
        if (iban == null || !Iban.isValid(iban) || open.size() < 5) {
            return new DemoOutcome("no bank statement (no IBAN or too few open invoices)");
        }
        BankAccount account = accounts.add(BankAccountDetails.of("Compte courant", iban, null, "EUR", null), BY);
        Map<Long, String> names =
                customers.names(open.stream().map(OpenInvoice::organisationId).toList());
        LocalDate booked = life.lastDay().minusDays(1);
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            OpenInvoice invoice = open.get(i);
            entries.append(credit(
                    "D1-" + i, invoice.open(), "Facture " + invoice.number(), names.get(invoice.organisationId())));
        }
        entries.append(credit("D1-3", open.get(3).open(), "Virement", "Particulier"));
        Money half =
                new Money(open.get(4).open().amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN), Money.EUR);
        entries.append(credit("D1-4", half, "Acompte", names.get(open.get(4).organisationId())));
        entries.append(debit("D1-5", "14.90", "COMMISSION TENUE DE COMPTE"));
        entries.append(debit("D1-6", "236.40", "PRLV SEPA FOURNITURES DE BUREAU"));
        byte[] statement = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document"
                        + " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>DEMO"
                        + "</MsgId><CreDtTm>" + booked + "T06:00:00</CreDtTm></GrpHdr><Stmt><Id>DEMO-" + booked
                        + "</Id><Acct><Id><IBAN>" + Iban.of(iban).value() + "</IBAN></Id></Acct>"
                        + entries.toString().replace("@DATE@", booked.toString())
                        + "</Stmt></BkToCstmrStmt></Document>")
                .getBytes(StandardCharsets.UTF_8);
        ImportOutcome outcome = importing.importFile(account.id(), "releve-" + booked + ".xml", statement, null, BY);
        return new DemoOutcome(
                "1 bank statement, " + outcome.created() + " entries, " + outcome.matched() + " matched at once");
    }

    private static String credit(String reference, Money amount, String remittance, String payer) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount.amount().toPlainString() + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>@DATE@</Dt></BookgDt><AcctSvcrRef>DEMO-@DATE@-" + reference
                + "</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>" + xml(payer)
                + "</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>" + xml(remittance)
                + "</Ustrd></RmtInf></TxDtls></NtryDtls><AddtlNtryInf>VIR SEPA RECU</AddtlNtryInf></Ntry>";
    }

    private static String debit(String reference, String amount, String label) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
                + "<BookgDt><Dt>@DATE@</Dt></BookgDt><AcctSvcrRef>DEMO-@DATE@-" + reference + "</AcctSvcrRef>"
                + "<AddtlNtryInf>" + xml(label) + "</AddtlNtryInf></Ntry>";
    }

    private static String xml(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
