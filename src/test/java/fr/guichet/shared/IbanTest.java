package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void aFrenchIbanAsPeopleTypeItIsCheckedByItsKeyAndPrintedInGroupsOfFour() {
        Iban iban = Iban.of("fr76 3000 6000 0112 3456 7890 189");
        assertThat(iban.value()).isEqualTo("FR7630006000011234567890189");
        assertThat(iban.country()).isEqualTo("FR");
        assertThat(iban.formatted()).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Iban.isValid("BE68 5390 0754 7034")).isTrue();
    }

    @Test
    void aWrongKeyADigitTypedWrongOrAWrongLengthIsRefused() {
        assertThat(Iban.isValid("FR77 3000 6000 0112 3456 7890 189")).as("key").isFalse();
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 188"))
                .as("one digit")
                .isFalse();
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 18"))
                .as("a French IBAN has 27 characters")
                .isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
        assertThat(Iban.isValid("FR76 3000 6000 0112 3456 7890 18!")).isFalse();
        assertThatThrownBy(() -> Iban.of("FR00 0000")).isInstanceOf(IllegalArgumentException.class);
    }
}
