package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void plainTextIsKeptAsItIs() {
        String plain = "Bonjour, facture n° 12";
        assertThat(TextInput.normalise(plain, false)).isEqualTo(plain);
        assertThat(TextInput.normalise("abc", true)).isSameAs(TextInput.normalise("abc", true));
        assertThat(TextInput.normalise(null, true)).isNull();
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(TextInput.normalise("a\u0000b\u0007c\u007fd\u0085", false)).isEqualTo("abcd ");
        assertThat(TextInput.normalise("\u001b[31mred", true)).isEqualTo("[31mred");
    }

    @Test
    void loneSurrogatesAreRemovedAndPairsKept() {
        assertThat(TextInput.normalise("a\ud800b\udc00c", false)).isEqualTo("abc");
        assertThat(TextInput.normalise("merci \ud83d\ude00", false)).isEqualTo("merci \ud83d\ude00");
    }

    @Test
    void bidirectionalOverridesAndIsolatesAreRemoved() {
        assertThat(TextInput.normalise("facture\u202egpj.exe", false)).isEqualTo("facturegpj.exe");
        assertThat(TextInput.normalise("a\u2066b\u2069c\u202ad", false)).isEqualTo("abcd");
    }

    @Test
    void lineBreaksBecomeNewlinesInMultiLineTextAndSpacesOtherwise() {
        assertThat(TextInput.normalise("un\r\ndeux\rtrois\nquatre\u2028cinq", true))
                .isEqualTo("un\ndeux\ntrois\nquatre\ncinq");
        assertThat(TextInput.normalise("Martin\rDupont\r\nSA", false)).isEqualTo("Martin Dupont SA");
        assertThat(TextInput.normalise("a\tb", true)).isEqualTo("a\tb");
        assertThat(TextInput.normalise("a\tb", false)).isEqualTo("a b");
    }

    @Test
    void textIsInNormalisationFormC() {
        String decomposed = "Cre\u0301teil";
        assertThat(TextInput.normalise(decomposed, false)).isEqualTo("Cr\u00e9teil");
    }
}
