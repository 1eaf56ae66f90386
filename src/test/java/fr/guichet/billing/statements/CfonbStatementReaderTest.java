package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Iban;
import fr.guichet.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** CFONB 120: balances, movements with their complements, the coded sign, the record's decimals. */
class CfonbStatementReaderTest {

    private final CfonbStatementReader reader = new CfonbStatementReader();

    @Test
    void readsBalancesMovementsAndTheirComplements() {
        ParsedStatement statement = reader.read(StatementFiles.bytes("cfonb120.txt"));

        assertThat(statement.account().isOf(Iban.of(StatementFiles.ACCOUNT))).isTrue();
        assertThat(statement.account().isOf(Iban.of("FR1420041010050500013M02606")))
                .isFalse();
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(statement.openingBalance()).isEqualTo(Money.euros("8450.20"));
        assertThat(statement.closingBalance()).isEqualTo(Money.euros("8703.14"));
        assertThat(statement.entries()).hasSize(4);

        ParsedEntry first = statement.entries().get(0);
        assertThat(first.amount()).isEqualTo(Money.euros("960.00"));
        assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(first.label()).isEqualTo("VIR SEPA RECU");
        assertThat(first.bankReference()).isEqualTo("REF2604010001");
        assertThat(first.counterpartyName()).isEqualTo("SARL BOULANGERIE DUPRE");
        assertThat(first.remittance()).isEqualTo("REGLEMENT FA-2026-000150");
        assertThat(first.endToEndId()).isEqualTo("BOULANG-0401");

        ParsedEntry second = statement.entries().get(1);
        assertThat(second.bankReference())
                .as("no reference: the import hashes the line")
                .isNull();
        assertThat(second.valueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(second.remittance()).isEqualTo("FACT 2026 000151");

        assertThat(statement.entries().get(2).amount()).isEqualTo(Money.euros("-12.50"));
        ParsedEntry urssaf = statement.entries().get(3);
        assertThat(urssaf.amount()).isEqualTo(Money.euros("-1234.56"));
        assertThat(urssaf.counterpartyName()).isEqualTo("URSSAF RHONE ALPES");
    }

    @Test
    void theLastCharacterCodesTheSignAndTheLastDigit() {
        String line = "04" + " ".repeat(17) + "2" + " ".repeat(70) + "0000000012345" + "}" + " ".repeat(16);
        assertThat(CfonbStatementReader.amount(line, 1)).isEqualTo(Money.euros("-1234.50"));
        String positive = line.substring(0, 103) + "E" + line.substring(104);
        assertThat(CfonbStatementReader.amount(positive, 1)).isEqualTo(Money.euros("1234.55"));
        String noDecimals = positive.substring(0, 19) + "0" + positive.substring(20);
        assertThat(CfonbStatementReader.amount(noDecimals, 1)).isEqualTo(Money.euros("123455"));
    }

    @Test
    void anAmountWithThreeDecimalsIsRefused() {
        assertThatThrownBy(() -> reader.read(StatementFiles.bytes("cfonb120-three-decimals.txt")))
                .isInstanceOf(StatementRefused.class)
                .satisfies(e -> {
                    StatementRefused refused = (StatementRefused) e;
                    assertThat(refused.messageKey()).isEqualTo("billing.statements.error.three-decimals");
                    assertThat(refused.messageArguments()).containsExactly("540.005", "#6");
                });
    }

    @Test
    void aComplementWithoutItsMovementOrAnUnknownRecordIsRefusedWithItsLine() {
        String file = new String(StatementFiles.bytes("cfonb120.txt"), StandardCharsets.US_ASCII);
        String[] lines = file.split("\r\n");
        String orphan = lines[0] + "\r\n" + lines[2] + "\r\n";
        assertThatThrownBy(() -> reader.read(orphan.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StatementRefused.class)
                .satisfies(e ->
                        assertThat(((StatementRefused) e).messageArguments()).containsExactly(2));
        String unknown = lines[0] + "\r\n" + "09" + lines[1].substring(2) + "\r\n";
        assertThatThrownBy(() -> reader.read(unknown.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.cfonb-line");
    }

    @Test
    void aDebitWithAReturnComplementIsADirectDebitComingBackWithItsReasonCode() {
        String file = new String(StatementFiles.bytes("cfonb120.txt"), StandardCharsets.US_ASCII);
        String[] lines = file.split("\r\n");
        String movement = "0430006015900001EUR2 1234567890106060526  060526"
                + String.format("%-32s", "IMPAYE PRLV SEPA FA-2026-000140") + "0000416   " + "0000000003600}"
                + String.format("%-16s", "RTR260506000017");
        String complement = "0530006015900001EUR2 1234567890106060526     ";
        String returned = lines[0] + "\r\n" + movement + "\r\n"
                + complement + pad("REFFA-2026-000140") + "\r\n"
                + complement + pad("RETAM04  PROVISION INSUFFISANTE") + "\r\n"
                + movement.replace("FA-2026-000140", "FA-2026-000142").replace("RTR260506000017", "RTR260506000018")
                + "\r\n" + complement + pad("REFFA-2026-000142") + "\r\n"
                + complement + pad("RET") + "\r\n"
                + lines[lines.length - 1] + "\r\n";

        ParsedStatement statement = reader.read(returned.getBytes(StandardCharsets.US_ASCII));

        ParsedEntry noFunds = statement.entries().get(0);
        assertThat(noFunds.amount()).isEqualTo(Money.euros("-360.00"));
        assertThat(noFunds.endToEndId()).isEqualTo("FA-2026-000140");
        assertThat(noFunds.returnReason()).isEqualTo("AM04");
        assertThat(noFunds.isSepaReturn()).isTrue();
        ParsedEntry noReason = statement.entries().get(1);
        assertThat(noReason.endToEndId()).isEqualTo("FA-2026-000142");
        assertThat(noReason.returnReason())
                .as("no code given: 'reason not specified'")
                .isEqualTo("MS03");

        ParsedStatement usual = reader.read(StatementFiles.bytes("cfonb120.txt"));
        assertThat(usual.entries())
                .as("movements without a RET complement are no returns")
                .allSatisfy(e -> assertThat(e.returnReason()).isNull());
    }

    /** A 05 record's qualifier and detail, to the end of the 120 characters. */
    private static String pad(String qualifierAndDetail) {
        return String.format("%-75s", qualifierAndDetail);
    }
}
