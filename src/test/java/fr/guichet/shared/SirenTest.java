package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552032534", "443 061 841", "542\u00a0107\u00a0651"})
    void acceptsRegisteredNumbersAsTyped(String typed) {
        assertThat(Siren.isValid(typed)).isTrue();
        assertThat(Siren.of(typed).value()).hasSize(9).containsOnlyDigits();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "123456789", "73282932", "7328293200", "73282932A", ""})
    void refusesNumbersWithAWrongKeyOrLength(String typed) {
        assertThat(Siren.isValid(typed)).isFalse();
        assertThatThrownBy(() -> Siren.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNothing() {
        assertThat(Siren.isValid(null)).isFalse();
    }

    @Test
    void printsInGroupsOfThree() {
        assertThat(Siren.of("732829320").formatted()).isEqualTo("732 829 320");
    }

    @Test
    void computesTheLuhnKey() {
        assertThat(Luhn.checkDigit("73282932")).isEqualTo(0);
        assertThat(Luhn.checkDigit("55203253")).isEqualTo(4);
        assertThat(Luhn.isValid("7328293" + "2" + Luhn.checkDigit("73282932"))).isTrue();
    }
}
