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
        String sixtyFour = "Une phrase assez longue pour atteindre soixante-quatre caractere";
        assertThat(sixtyFour).hasSize(64);
        assertThat(PasswordPolicy.violation(sixtyFour, "marie")).isEmpty();
        assertThat(PasswordPolicy.violation(sixtyFour + "s", "marie")).contains("identity.password.error.too-long");
        assertThat(PasswordPolicy.violation("a".repeat(65), "marie")).contains("identity.password.error.too-long");
        // 40 accented letters are 80 bytes: bcrypt would silently ignore the end.
        assertThat(PasswordPolicy.violation("é".repeat(40), "marie")).contains("identity.password.error.too-long");
    }

    @Test
    void refusesTheUsername() {
        assertThat(PasswordPolicy.violation("Marie.Curie.1867", "marie.curie.1867"))
                .contains("identity.password.error.same-as-username");
    }

    @Test
    void refusesCommonPasswordsEvenDressedUp() {
        for (String common : new String[] {
            "azertyuiop12", // French keyboard, digits after
            "Motdepasse123!",
            "mot-de-passe-2024",
            "Soleil1234567",
            "P@ssw0rd2024!",
            "Marseille13013",
            "123456789012", // nothing but digits
            "!!2024!!2024",
            "aaaaaaaaaaaa", // one character repeated
            "abcabcabcabc",
            "abcdefghijkl", // a run
            "987654321098",
            "1qaz2wsx3edc", // a keyboard walk from the list
            "qwertyuiop123",
            "Guichet2026!!"
        }) {
            assertThat(PasswordPolicy.violation(common, "marie")).as(common).contains("identity.password.error.common");
        }
    }

    @Test
    void acceptsPhrasesAndUncommonPasswords() {
        for (String fine : new String[] {
            "Un-mot-de-passe-solide",
            "cheval correct agrafe batterie",
            "Provisoire-2026-abc",
            "Nouveau-mot-de-passe-1",
            "douze-caract",
            "Le soleil de Lyon 2026",
            "Tartine&Confiture42"
        }) {
            assertThat(PasswordPolicy.violation(fine, "marie")).as(fine).isEmpty();
        }
    }

    @Test
    void theShippedListHasThousandsOfPasswordsFrenchOnesIncluded() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(5000);
        assertThat(PasswordPolicy.violation("jetaime2026!", "marie")).contains("identity.password.error.common");
        assertThat(PasswordPolicy.violation("doudou123456", "marie")).contains("identity.password.error.common");
    }
}
