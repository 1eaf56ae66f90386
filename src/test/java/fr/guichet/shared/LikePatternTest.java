package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void percentUnderscoreAndBackslashAreLiteral() {
        assertThat(LikePattern.containing("50%")).isEqualTo("%50\\%%");
        assertThat(LikePattern.containing("a_b")).isEqualTo("%a\\_b%");
        assertThat(LikePattern.containing("c:\\x")).isEqualTo("%c:\\\\x%");
        assertThat(LikePattern.containing("Martin")).isEqualTo("%Martin%");
    }
}
