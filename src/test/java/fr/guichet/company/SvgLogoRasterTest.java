package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** An SVG logo drawn as a PNG for emails and PDFs, and an SVG that cannot be drawn refused at upload. */
class SvgLogoRasterTest {

    /** A logo twice as wide as high: a green left half, a red right half. */
    static final String TWO_COLOURS = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 8 4\">"
            + "<rect width=\"4\" height=\"4\" fill=\"#00a000\"/><rect x=\"4\" width=\"4\" height=\"4\" fill=\"#d00000\"/>"
            + "</svg>";

    @Test
    void anSvgIsDrawnAsAPngOfItsOwnProportionsAndColours() throws Exception {
        byte[] png = SvgLogoRaster.png(TWO_COLOURS.getBytes(StandardCharsets.UTF_8));
        assertThat(CompanyLogo.check(png)).as("a real PNG").isEqualTo(CompanyLogo.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getHeight()).isEqualTo(SvgLogoRaster.HEIGHT);
        assertThat(image.getWidth()).isEqualTo(2 * SvgLogoRaster.HEIGHT);
        assertThat(image.getRGB(image.getWidth() / 4, image.getHeight() / 2) & 0xFFFFFF)
                .isEqualTo(0x00A000);
        assertThat(image.getRGB(3 * image.getWidth() / 4, image.getHeight() / 2) & 0xFFFFFF)
                .isEqualTo(0xD00000);
    }

    @Test
    void anSvgThatCannotBeDrawnIsRefusedAtUploadRatherThanMissingFromEmails() {
        String broken = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\">"
                + "<rect width=\"-4\" height=\"4\" fill=\"#00a000\"/></svg>";
        byte[] content = broken.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SvgLogoRaster.png(content)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompanyLogo.check(content))
                .isInstanceOfSatisfying(
                        CompanyRuleViolation.class,
                        refused -> assertThat(refused.getMessage()).contains("svg-undrawable"));
    }
}
