package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void asksForAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.violation("onze-carac", "marie")).contains("identity.password.error.too-short");
        assertThat(PasswordPolicy.violation("douze-caract", "marie")).isEmpty();
        assertThat(PasswordPolicy.violation(null, "marie")).contains("identity.password.error.too-short");
    }

    @Test
    void refusesWhatBcryptWouldTruncate() {
        assertThat(PasswordPolicy.violation("a".repeat(64), "marie")).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(65), "marie")).contains("identity.password.error.too-long");
        // 40 accented letters are 80 bytes: bcrypt would silently ignore the end.
        assertThat(PasswordPolicy.violation("é".repeat(40), "marie")).contains("identity.password.error.too-long");
    }

    @Test
    void refusesTheUsername() {
        assertThat(PasswordPolicy.violation("Marie.Curie.1867", "marie.curie.1867"))
                .contains("identity.password.error.same-as-username");
    }
}
