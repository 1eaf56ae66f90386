package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** camt.053 in its 001.02 and 001.08 layouts, batches split per transfer, and the files refused. */
class CamtStatementReaderTest {

    private final CamtStatementReader reader = new CamtStatementReader();

    @Test
    void version02GivesTheBookedEntriesWithTheirPartiesAndSplitsTheBatch() {
        ParsedStatement statement = reader.read(StatementFiles.bytes("camt053-001-02.xml"));

        assertThat(statement.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(statement.account().isOf(Iban.of(StatementFiles.ACCOUNT))).isTrue();
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(statement.openingBalance()).isEqualTo(Money.euros("12450.30"));
        assertThat(statement.closingBalance()).isEqualTo(Money.euros("15962.70"));
        assertThat(statement.entries())
                .as("the pending entry is left out, the batch gives two")
                .hasSize(5);

        ParsedEntry transfer = statement.entries().get(0);
        assertThat(transfer.amount()).isEqualTo(Money.euros("1440.00"));
        assertThat(transfer.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(transfer.bankReference()).isEqualTo("2026031500001234");
        assertThat(transfer.endToEndId()).isEqualTo("BOULANGERIE-0315");
        assertThat(transfer.remittance()).isEqualTo("Règlement facture FA-2026-000123 merci");
        assertThat(transfer.counterpartyName()).isEqualTo("BOULANGERIE DUPRÉ ET FILS");
        assertThat(transfer.counterpartyIban()).isEqualTo("FR1420041010050500013M02606");
        assertThat(transfer.label()).isEqualTo("VIR SEPA RECU /DE BOULANGERIE DUPRÉ ET FILS");

        ParsedEntry first = statement.entries().get(1);
        ParsedEntry second = statement.entries().get(2);
        assertThat(first.amount()).isEqualTo(Money.euros("960.00"));
        assertThat(first.bankReference()).isEqualTo("2026031500001235-1");
        assertThat(first.endToEndId()).as("NOTPROVIDED is no reference").isNull();
        assertThat(first.remittance()).isEqualTo("FA 2026 000124");
        assertThat(first.counterpartyName()).isEqualTo("Pharmacie de l’Hôtel de Ville");
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(second.amount()).isEqualTo(Money.euros("1200.00"));
        assertThat(second.counterpartyName()).isEqualTo("Garage Müller SARL");
        assertThat(second.counterpartyIban()).isEqualTo("FR1430004008280001234567890");

        ParsedEntry fees = statement.entries().get(3);
        assertThat(fees.amount()).isEqualTo(Money.euros("-12.60"));
        assertThat(fees.isCredit()).isFalse();
        assertThat(fees.label()).isEqualTo("COMMISSION TENUE DE COMPTE MARS");

        ParsedEntry paid = statement.entries().get(4);
        assertThat(paid.amount()).isEqualTo(Money.euros("-75.00"));
        assertThat(paid.counterpartyName())
                .as("a debit's counterparty is the creditor")
                .isEqualTo("Fournitures Léon");
        assertThat(paid.counterpartyIban()).isEqualTo("FR9317515900000812345678923");
    }

    @Test
    void version08ReadsPartiesUnderPtyAndAmountsOnTheTransaction() {
        ParsedStatement statement = reader.read(StatementFiles.bytes("camt053-001-08.xml"));

        assertThat(statement.openingBalance()).as("PRCD, a debit").isEqualTo(Money.euros("-320.00"));
        assertThat(statement.closingBalance()).isEqualTo(Money.euros("1958.45"));
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(statement.entries()).hasSize(4);

        ParsedEntry roux = statement.entries().get(0);
        assertThat(roux.counterpartyName()).isEqualTo("Cabinet d’architectes Roux & Associés");
        assertThat(roux.counterpartyIban()).isEqualTo("BE68539007547034");
        assertThat(roux.remittance()).isEqualTo("FA-2026-000311 et FA-2026-000312");
        assertThat(roux.bankReference()).isEqualTo("KX2604150009981");

        ParsedEntry creche = statement.entries().get(1);
        assertThat(creche.amount()).isEqualTo(Money.euros("321.55"));
        assertThat(creche.bankReference())
                .as("the entry's reference and the rank in the batch")
                .isEqualTo("KX2604150009982/1");
        assertThat(creche.remittance()).isEqualTo("RF18FA2026000317");
        assertThat(creche.counterpartyName()).isEqualTo("Crèche Les Petits Loups");
        assertThat(statement.entries().get(2).bankReference()).isEqualTo("KX2604150009982/2");
        assertThat(statement.entries().get(2).counterpartyIban()).isNull();
        assertThat(statement.entries().get(3).amount()).isEqualTo(Money.euros("-43.10"));
    }

    @Test
    void brokenXmlIsRefusedWithItsLine() {
        String broken = new String(StatementFiles.bytes("camt053-001-08.xml"), StandardCharsets.UTF_8)
                .replace("</BookgDt>", "</BookingDate>");
        assertThatThrownBy(() -> reader.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class)
                .satisfies(e -> {
                    StatementRefused refused = (StatementRefused) e;
                    assertThat(refused.messageKey()).isEqualTo("billing.statements.error.broken-xml");
                    assertThat((Integer) refused.messageArguments()[0]).isGreaterThan(30);
                });
    }

    @Test
    void anotherXmlDocumentIsAnUnknownFormat() {
        String pain = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">"
                + "<CstmrCdtTrfInitn/></Document>";
        assertThatThrownBy(() -> reader.read(pain.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.unknown-format");
    }

    @Test
    void aDtdOrAnExternalEntityIsRefusedAndNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>"
                + "<Acct><Id><IBAN>&x;</IBAN></Id></Acct></Stmt></BkToCstmrStmt></Document>";
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isIn("billing.statements.error.dtd", "billing.statements.error.broken-xml");
    }

    @Test
    void anAmountWithThreeDecimalsIsRefusedNotRounded() {
        String three = new String(StatementFiles.bytes("camt053-001-08.xml"), StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"EUR\">43.10</Amt>", "<Amt Ccy=\"EUR\">43.105</Amt>");
        assertThatThrownBy(() -> reader.read(three.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class)
                .satisfies(e -> {
                    StatementRefused refused = (StatementRefused) e;
                    assertThat(refused.messageKey()).isEqualTo("billing.statements.error.three-decimals");
                    assertThat(refused.messageArguments()).containsExactly("43.105", "#3");
                });
    }

    @Test
    void aDirectionOtherThanCrdtOrDbitAndANegativeAmountAreRefused() {
        String file = new String(StatementFiles.bytes("camt053-001-08.xml"), StandardCharsets.UTF_8);
        // read as a credit once, this line paid an invoice automatically
        String unknown = file.replaceFirst("<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>XXXX</CdtDbtInd>");
        assertThatThrownBy(() -> reader.read(unknown.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        StatementRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("billing.statements.error.credit-debit"));
        String negative = file.replace("<Amt Ccy=\"EUR\">43.10</Amt>", "<Amt Ccy=\"EUR\">-43.10</Amt>");
        assertThatThrownBy(() -> reader.read(negative.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        StatementRefused.class,
                        refused ->
                                assertThat(refused.messageKey()).isEqualTo("billing.statements.error.negative-amount"));
        String huge = file.replace("<Amt Ccy=\"EUR\">43.10</Amt>", "<Amt Ccy=\"EUR\">1E+999999999</Amt>");
        assertThatThrownBy(() -> reader.read(huge.getBytes(StandardCharsets.UTF_8)))
                .as("refused with the amount as written, not a billion digits")
                .isInstanceOfSatisfying(
                        StatementRefused.class,
                        refused -> assertThat(refused.messageArguments()).contains("1E+999999999"));
    }

    @Test
    void anotherCurrencyIsRefused() {
        String dollars = new String(StatementFiles.bytes("camt053-001-08.xml"), StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"EUR\">43.10</Amt>", "<Amt Ccy=\"USD\">43.10</Amt>");
        assertThatThrownBy(() -> reader.read(dollars.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.currency");
    }

    @Test
    void aDirectDebitComingBackKeepsItsReasonCodeBesideTheDebitsEndToEndId() {
        ParsedStatement statement = reader.read(StatementFiles.bytes("camt053-001-08-sepa-returns.xml"));

        assertThat(statement.entries()).hasSize(4);
        ParsedEntry collection = statement.entries().get(0);
        assertThat(collection.amount()).isEqualTo(Money.euros("480.00"));
        assertThat(collection.returnReason())
                .as("a batch collected (PMNT/IDDT/ESDD, a credit) is no return")
                .isNull();
        assertThat(collection.isSepaReturn()).isFalse();

        ParsedEntry noFunds = statement.entries().get(1);
        assertThat(noFunds.amount()).isEqualTo(Money.euros("-360.00"));
        assertThat(noFunds.endToEndId()).isEqualTo("FA-2026-000140");
        assertThat(noFunds.returnReason()).as("RtrInf/Rsn/Cd").isEqualTo("AM04");
        assertThat(noFunds.isSepaReturn()).isTrue();
        assertThat(noFunds.counterpartyName())
                .as("a debit's counterparty is its creditor: none here")
                .isNull();
        assertThat(noFunds.label()).isEqualTo("IMPAYE PRLV SEPA FA-2026-000140");

        ParsedEntry rejected = statement.entries().get(2);
        assertThat(rejected.endToEndId()).isEqualTo("FA-2026-000142");
        assertThat(rejected.returnReason())
                .as("PMNT/IDDT/UPDD without a reason: ISO's 'reason not specified'")
                .isEqualTo("MS03");
        assertThat(rejected.isSepaReturn()).isTrue();

        ParsedEntry transferBack = statement.entries().get(3);
        assertThat(transferBack.amount()).isEqualTo(Money.euros("-0.70"));
        assertThat(transferBack.returnReason())
                .as("a credit transfer sent back (PMNT/RCDT/RRTN) is no direct debit's return")
                .isNull();
        assertThat(transferBack.isSepaReturn()).isFalse();
    }

    @Test
    void inVersion02TheReturnOfAnEntryWithoutTransactionCodeIsReadFromItsReturnInformation() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>M</MsgId><CreDtTm>2026-05-07T06:00:00</CreDtTm></GrpHdr><Stmt><Id>S</Id>"
                + "<Acct><Id><IBAN>" + StatementFiles.ACCOUNT + "</IBAN></Id></Acct>"
                + "<Ntry><Amt Ccy=\"EUR\">75.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2026-05-06</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef>"
                + "<NtryDtls><TxDtls><Refs><EndToEndId>FA-2026-000150</EndToEndId></Refs>"
                + "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">75.00</Amt></TxAmt></AmtDtls>"
                + "<RtrInf><Rsn><Cd>MD01</Cd></Rsn></RtrInf></TxDtls></NtryDtls>"
                + "<AddtlNtryInf>RETOUR PRLV</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>";
        ParsedEntry entry =
                reader.read(xml.getBytes(StandardCharsets.UTF_8)).entries().get(0);
        assertThat(entry.returnReason()).isEqualTo("MD01");
        assertThat(entry.endToEndId()).isEqualTo("FA-2026-000150");
        assertThat(entry.isSepaReturn()).isTrue();
    }
}
