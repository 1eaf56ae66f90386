package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Money;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A bank's CSV export in Windows-1252 with a decimal comma, read with the account's layout. */
class CsvStatementReaderTest {

    static final CsvLayout LAYOUT = new CsvLayout(
            1,
            null,
            4,
            5,
            2,
            3,
            6,
            null,
            true,
            CsvLayout.DateFormat.DAY_MONTH_YEAR,
            CsvLayout.Separator.SEMICOLON,
            CsvLayout.Encoding.WINDOWS_1252,
            2);

    private final CsvStatementReader reader = new CsvStatementReader();

    @Test
    void readsAccentsDecimalCommaDebitAndCreditColumnsAndQuotedSeparators() {
        ParsedStatement statement = reader.read(StatementFiles.bytes("releve-windows-1252.csv"), LAYOUT);

        assertThat(statement.account()).as("a CSV names no account").isNull();
        assertThat(statement.from()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(statement.to()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(statement.entries()).hasSize(5);
        ParsedEntry creche = statement.entries().get(0);
        assertThat(creche.amount()).isEqualTo(Money.euros("540.00"));
        assertThat(creche.label()).isEqualTo("VIR SEPA RECU DE CRÈCHE LES PETITS LOUPS FA-2026-000151");
        assertThat(creche.remittance()).isEqualTo("R-88121");
        assertThat(creche.counterpartyName()).isEqualTo("Crèche Les Petits Loups");
        assertThat(statement.entries().get(1).amount()).isEqualTo(Money.euros("-1234.56"));
        assertThat(statement.entries().get(1).label()).isEqualTo("PRLV SEPA ÉLECTRICITÉ");
        assertThat(statement.entries().get(2).label()).isEqualTo("REMISE CHEQUES; BORDEREAU 44");
        assertThat(statement.entries().get(2).amount()).isEqualTo(Money.euros("2310.00"));
        assertThat(statement.entries().get(2).counterpartyName()).isNull();
        assertThat(statement.entries().get(3)).isEqualTo(statement.entries().get(4));
    }

    @Test
    void aSignedAmountColumnWithADecimalPointAndIsoDates() {
        CsvLayout layout = new CsvLayout(
                2,
                3,
                null,
                null,
                1,
                null,
                null,
                4,
                false,
                CsvLayout.DateFormat.ISO,
                CsvLayout.Separator.COMMA,
                CsvLayout.Encoding.UTF_8,
                0);
        String csv = "Transfer in,2026-05-02,\"1,250.40\",fr14 2004 1010 0505 0001 3M02 606\nFee,2026-05-03,-3.5,\n";
        ParsedStatement statement = reader.read(csv.getBytes(Charset.forName("UTF-8")), layout);
        assertThat(statement.entries().get(0).amount()).isEqualTo(Money.euros("1250.40"));
        assertThat(statement.entries().get(0).counterpartyIban()).isEqualTo("FR1420041010050500013M02606");
        assertThat(statement.entries().get(1).amount()).isEqualTo(Money.euros("-3.50"));
        assertThat(statement.entries().get(1).counterpartyIban()).isNull();
    }

    @Test
    void linesThatDoNotFitTheLayoutAreRefusedWithTheirNumber() {
        String csv =
                "Date;Libellé;Référence;Débit;Crédit;Tiers\r\n\r\n02/04/2026;VIR;R-1;;10,00;X\r\n03/04/2026;VIR;R-2\r\n";
        assertThatThrownBy(() -> reader.read(csv.getBytes(Charset.forName("windows-1252")), LAYOUT))
                .isInstanceOf(StatementRefused.class)
                .satisfies(e -> {
                    StatementRefused refused = (StatementRefused) e;
                    assertThat(refused.messageKey()).isEqualTo("billing.statements.error.csv-columns");
                    assertThat(refused.messageArguments()).containsExactly(4, 3, 6);
                });
    }

    @Test
    void aDateInAnotherFormatOrAnAmountWithThreeDecimalsIsRefused() {
        String badDate = "h\nh\n2026-04-02;VIR;R-1;;10,00;X\n";
        assertThatThrownBy(() -> reader.read(badDate.getBytes(Charset.forName("windows-1252")), LAYOUT))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.csv-date");
        String three = "h\nh\n02/04/2026;VIR;R-1;;10,005;X\n";
        assertThatThrownBy(() -> reader.read(three.getBytes(Charset.forName("windows-1252")), LAYOUT))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.three-decimals");
        String both = "h\nh\n02/04/2026;VIR;R-1;5,00;10,00;X\n";
        assertThatThrownBy(() -> reader.read(both.getBytes(Charset.forName("windows-1252")), LAYOUT))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.amount");
    }
}
