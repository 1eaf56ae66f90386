package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Iban;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The format found by the file's content, and the statements refused for the account chosen. */
class StatementReadingTest {

    private final StatementReading reading = new StatementReading();

    @Test
    void eachFormatIsDetected() {
        assertThat(reading.read(StatementFiles.bytes("camt053-001-02.xml"), account(StatementFiles.ACCOUNT, null), null)
                        .format())
                .isEqualTo(StatementFormat.CAMT053);
        assertThat(reading.read(StatementFiles.bytes("cfonb120.txt"), account(StatementFiles.ACCOUNT, null), null)
                        .format())
                .isEqualTo(StatementFormat.CFONB120);
        assertThat(reading.read(
                                StatementFiles.bytes("releve-windows-1252.csv"),
                                account(StatementFiles.ACCOUNT, CsvStatementReaderTest.LAYOUT),
                                null)
                        .format())
                .isEqualTo(StatementFormat.CSV);
    }

    @Test
    void anUnknownFormatIsRefused() {
        byte[] pdf = "%PDF-1.7 relevé".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reading.read(pdf, account(StatementFiles.ACCOUNT, null), null))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.unknown-format");
        assertThatThrownBy(() -> reading.read(pdf, account(StatementFiles.ACCOUNT, null), StatementFormat.CSV))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.csv-no-layout");
        assertThatThrownBy(() -> reading.read(pdf, account(StatementFiles.ACCOUNT, null), StatementFormat.CFONB120))
                .isInstanceOf(StatementRefused.class);
    }

    @Test
    void anotherAccountsStatementIsRefusedInEveryFormatThatNamesTheAccount() {
        BankAccount other = account("FR1420041010050500013M02606", null);
        for (String file : new String[] {"camt053-001-02.xml", "camt053-001-08.xml", "cfonb120.txt"}) {
            assertThatThrownBy(() -> reading.read(StatementFiles.bytes(file), other, null))
                    .as(file)
                    .isInstanceOf(StatementRefused.class)
                    .satisfies(e -> {
                        StatementRefused refused = (StatementRefused) e;
                        assertThat(refused.messageKey()).isEqualTo("billing.statements.error.other-account");
                        assertThat(refused.messageArguments()[1]).isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
                    });
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> reading.read(new byte[0], account(StatementFiles.ACCOUNT, null), null))
                .isInstanceOf(StatementRefused.class)
                .extracting(e -> ((StatementRefused) e).messageKey())
                .isEqualTo("billing.statements.error.empty");
    }

    static BankAccount account(String iban, @Nullable CsvLayout layout) {
        return new BankAccount(1, "Compte", Iban.of(iban), null, "EUR", layout, Instant.EPOCH, "test", 0);
    }
}
