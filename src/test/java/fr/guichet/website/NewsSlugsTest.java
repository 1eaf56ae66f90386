package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The slugs of news items and the formats of the media library, without Spring. */
class NewsSlugsTest {

    @Test
    void aSlugIsMadeFromATitleWithoutAccentsOrPunctuation() {
        assertThat(NewsSlugs.fromTitle("Été : l’œuvre de Noël à Clermont-Ferrand !"))
                .isEqualTo("ete-l-oeuvre-de-noel-a-clermont-ferrand");
        assertThat(NewsSlugs.fromTitle("  ¡¿ !!  ")).isEmpty();
        assertThat(NewsSlugs.fromTitle("a".repeat(300))).hasSize(NewsSlugs.MAX);
    }

    @Test
    void aTypedSlugIsLowerCaseLettersDigitsAndSingleDashes() {
        assertThat(NewsSlugs.isValid("nouvelle-agence-2026")).isTrue();
        assertThat(NewsSlugs.isValid("Nouvelle")).isFalse();
        assertThat(NewsSlugs.isValid("deux--tirets")).isFalse();
        assertThat(NewsSlugs.isValid("-debut")).isFalse();
        assertThat(NewsSlugs.isValid("é")).isFalse();
        assertThat(NewsSlugs.isValid("a")).isFalse();
        assertThat(NewsSlugs.isValid("../etc")).isFalse();
    }

    @Test
    void formatsAreToldByTheirFirstBytes() {
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            1,
            0,
            0,
            0,
            0,
            (byte) 0x80
        };
        assertThat(MediaFormat.detect(png)).contains(MediaFormat.PNG);
        assertThat(MediaFormat.PNG.dimensions(png).orElseThrow()).containsExactly(256, 128);
        assertThat(MediaFormat.detect("GIF89a\u0010\u0000\u0008\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(MediaFormat.GIF);
        assertThat(MediaFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(MediaFormat.JPEG);
        assertThat(MediaFormat.detect("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(MediaFormat.detect(new byte[0])).isEmpty();
        assertThat(MediaFormat.looksLikeSvg(
                        "  <svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(MediaFormat.JPEG.dimensions(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .isEmpty();
    }

    @Test
    void aFileNameIsMadeSafeAndTakesTheFormatsExtension() {
        assertThat(MediaLibrary.filename("C:\\Users\\moi\\Photo Été.JPEG", MediaFormat.JPEG))
                .isEqualTo("photo-ete.jpg");
        assertThat(MediaLibrary.filename("../../evil.svg.png", MediaFormat.PNG)).isEqualTo("evil-svg.png");
        assertThat(MediaLibrary.filename("", MediaFormat.GIF)).isEqualTo("image.gif");
    }
}
