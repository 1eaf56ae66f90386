package fr.guichet.billing.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The SEPA rules that need no database: the creditor identifier's key, the debit and collection dates, the codes. */
class SepaRulesTest {

    @Test
    void aCreditorIdentifierIsCheckedByItsKeyOverTheNationalIdentifierAndCountryTheBusinessCodeLeftOut() {
        assertThat(CreditorIdentifier.isValid("FR72ZZZ123456")).isTrue();
        assertThat(CreditorIdentifier.isValid("fr72 zzz 123456"))
                .as("spaces and case as typed")
                .isTrue();
        assertThat(CreditorIdentifier.isValid("FR72ABC123456"))
                .as("the business code is not in the key")
                .isTrue();
        assertThat(CreditorIdentifier.isValid("DE98ZZZ09999999999"))
                .as("the EPC's example")
                .isTrue();
        assertThat(CreditorIdentifier.isValid("FR12ZZZ123456"))
                .as("a wrong key")
                .isFalse();
        assertThat(CreditorIdentifier.isValid("FR72ZZZ123457"))
                .as("a digit changed")
                .isFalse();
        assertThat(CreditorIdentifier.isValid("FR72ZZZ1234567"))
                .as("a French one has 13 characters")
                .isFalse();
        assertThat(CreditorIdentifier.isValid("")).isFalse();
        assertThat(CreditorIdentifier.isValid(null)).isFalse();
        assertThat(CreditorIdentifier.of("fr72zzz123456").value()).isEqualTo("FR72ZZZ123456");
    }

    @Test
    void anInvoiceIsDebitedOnItsDueDateUnlessThatGivesLessThanTheNotice() {
        LocalDate issued = LocalDate.of(2026, 11, 2);
        assertThat(DebitDates.debitDate(issued, issued.plusDays(30), 14)).isEqualTo(issued.plusDays(30));
        assertThat(DebitDates.debitDate(issued, issued.plusDays(5), 14))
                .as("due sooner than the notice allows: 14 days after the invoice")
                .isEqualTo(issued.plusDays(14));
        assertThat(DebitDates.debitDate(issued, issued, 14)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void collectionDatesAreTarget2BusinessDays() {
        assertThat(DebitDates.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DebitDates.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DebitDates.isTargetDay(LocalDate.of(2027, 3, 26)))
                .as("Good Friday")
                .isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2027, 3, 29)))
                .as("Easter Monday")
                .isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2027, 3, 30))).isTrue();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2026, 12, 26)))
                .as("a Saturday and a holiday")
                .isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2029, 12, 26)))
                .as("26 December, a Wednesday")
                .isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2027, 5, 1))).as("1 May").isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2026, 12, 5)))
                .as("a Saturday")
                .isFalse();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2026, 12, 14)))
                .as("a Monday")
                .isTrue();
        assertThat(DebitDates.isTargetDay(LocalDate.of(2026, 5, 8)))
                .as("a French holiday that TARGET2 keeps open")
                .isTrue();
    }

    @Test
    void theReasonsThatSayTheAccountOrMandateCannotBeUsedStartTheSeriesAgain() {
        assertThat(ReturnReason.of("md01")).contains(ReturnReason.MD01);
        assertThat(ReturnReason.MD01.restartsSeries()).isTrue();
        assertThat(ReturnReason.AC04.restartsSeries()).isTrue();
        assertThat(ReturnReason.AM04.restartsSeries())
                .as("no funds: the mandate stands")
                .isFalse();
        assertThat(ReturnReason.of("XX99")).isEmpty();
        assertThat(SequenceType.FRST.next()).isEqualTo(SequenceType.RCUR);
        assertThat(SequenceType.OOFF.next()).isEqualTo(SequenceType.USED);
    }
}
