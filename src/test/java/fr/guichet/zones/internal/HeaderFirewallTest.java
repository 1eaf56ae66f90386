package fr.guichet.zones.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loops say what Spring Security's regular expressions say, for every code point. */
class HeaderFirewallTest {

    // Copied from org.springframework.security.web.firewall.StrictHttpFirewall (7.1).
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheRegularExpressionsJudgeIt() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (HeaderFirewall.isAssignedAndNotControl(text)
                            != NAMES.matcher(text).matches()
                    || HeaderFirewall.isHeaderValue(text)
                            != VALUES.matcher(text).matches()) {
                disagreements.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void ordinaryHeadersPassAndInjectedLineBreaksDoNot() {
        assertThat(HeaderFirewall.isHeaderValue("Bearer gch_abc123\tx")).isTrue();
        assertThat(HeaderFirewall.isHeaderValue("application/json; charset=UTF-8"))
                .isTrue();
        assertThat(HeaderFirewall.isHeaderValue("Équipe « facturation » 😀")).isTrue();
        assertThat(HeaderFirewall.isHeaderValue("x\r\nSet-Cookie: y")).isFalse();
        assertThat(HeaderFirewall.isHeaderValue("\u0000")).isFalse();
        assertThat(HeaderFirewall.isAssignedAndNotControl("X-Name\t")).isFalse();
        assertThat(HeaderFirewall.isAssignedAndNotControl("\uD83D"))
                .isEqualTo(NAMES.matcher("\uD83D").matches());
    }
}
