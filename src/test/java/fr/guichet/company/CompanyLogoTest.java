package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CompanyLogoTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final String CLEAN_SVG =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                    + " viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#123456\"/>"
                    + "</linearGradient><circle id=\"c\" r=\"2\"/></defs><rect width=\"10\" height=\"10\""
                    + " fill=\"url(#g)\"/><use xlink:href=\"#c\"/><style>rect { fill: url('#g'); }</style></svg>";

    private static String refusal(String svg) {
        CompanyRuleViolation refused = catchThrowableOfType(
                CompanyRuleViolation.class, () -> CompanyLogo.check(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).as(svg).isNotNull();
        assertThat(refused.field()).isEqualTo("logo");
        return refused.messageKey();
    }

    @Test
    void aPngAJpegAndAnSvgThatOnlyDrawsAreRecognisedByTheirContent() {
        assertThat(CompanyLogo.check(PNG)).isEqualTo(CompanyLogo.PNG);
        assertThat(CompanyLogo.check(JPEG)).isEqualTo(CompanyLogo.JPEG);
        assertThat(CompanyLogo.check(CLEAN_SVG.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(CompanyLogo.SVG);
        assertThat(CompanyLogo.digestOf(PNG)).hasSize(64);
    }

    @Test
    void anythingElseTooLargeOrEmptyIsRefused() {
        assertThat(refusal("GIF89a")).isEqualTo("company.logo.error.type");
        assertThat(refusal("<html><body>logo</body></html>")).isEqualTo("company.logo.error.type");
        assertThat(refusal("<svg>no namespace</svg>")).isEqualTo("company.logo.error.type");
        byte[] huge = new byte[CompanyLogo.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        CompanyRuleViolation tooLarge = catchThrowableOfType(CompanyRuleViolation.class, () -> CompanyLogo.check(huge));
        assertThat(tooLarge.messageKey()).isEqualTo("company.logo.error.size");
        assertThat(tooLarge.messageArguments()).containsExactly(512);
        assertThat(catchThrowableOfType(CompanyRuleViolation.class, () -> CompanyLogo.check(new byte[0]))
                        .messageKey())
                .isEqualTo("company.logo.error.empty");
    }

    @Test
    void anSvgThatCouldRunOrFetchAnythingIsRefused() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">%s</svg>";
        assertThat(refusal(svg.formatted("<script>alert(1)</script>"))).isEqualTo("company.logo.error.svg-active");
        assertThat(refusal(svg.formatted("<rect onclick=\"alert(1)\"/>"))).isEqualTo("company.logo.error.svg-active");
        assertThat(refusal("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"))
                .isEqualTo("company.logo.error.svg-active");
        assertThat(refusal(svg.formatted(
                        "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>")))
                .isEqualTo("company.logo.error.svg-active");
        assertThat(refusal(svg.formatted("<a xlink:href=\"javascript:alert(1)\"><rect/></a>")))
                .isEqualTo("company.logo.error.svg-external");
        assertThat(refusal(svg.formatted("<image href=\"https://tracker.example/pixel.png\"/>")))
                .isEqualTo("company.logo.error.svg-external");
        assertThat(refusal(svg.formatted("<style>@import url(https://evil.example/x.css);</style>")))
                .isEqualTo("company.logo.error.svg-external");
        assertThat(refusal(svg.formatted("<rect style=\"fill: url(https://evil.example/x.svg#p)\"/>")))
                .isEqualTo("company.logo.error.svg-external");
        assertThat(refusal("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>"))
                .as("no DOCTYPE, so no external entity")
                .isEqualTo("company.logo.error.type");
    }
}
