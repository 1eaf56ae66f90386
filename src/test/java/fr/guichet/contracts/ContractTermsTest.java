package fr.guichet.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTermsTest {

    /** One year from 1 January 2026, renewed yearly, three months' notice (about 90 days). */
    private final ContractTerms yearly =
            new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, 12, 90);

    @Test
    void aRenewingContractRollsFromTermToTerm() {
        assertThat(yearly.termEnd(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(yearly.termEnd(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(yearly.termEnd(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(yearly.termEnd(LocalDate.of(2029, 3, 15))).isEqualTo(LocalDate.of(2029, 12, 31));
    }

    @Test
    void theNoticeDeadlineComesTheNoticePeriodBeforeTheTermEnds() {
        assertThat(yearly.noticeDeadline(LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2026, 10, 2));
    }

    @Test
    void aCancellationInTimeEndsWithTheTermAndALateOneWithTheNext() {
        assertThat(yearly.cancellationEffective(LocalDate.of(2026, 10, 2))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(yearly.cancellationEffective(LocalDate.of(2026, 10, 3))).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aContractThatDoesNotRenewEndsWithItsTerm() {
        ContractTerms once = new ContractTerms(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), false, 0, 30);
        assertThat(once.termEnd(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(once.cancellationEffective(LocalDate.of(2026, 6, 20))).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnItsField() {
        assertThatThrownBy(() -> new ContractTerms(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), true, 12, 30))
                .isInstanceOfSatisfying(
                        ContractRuleViolation.class, e -> assertThat(e.field()).isEqualTo("initialEndDate"));
    }
}
