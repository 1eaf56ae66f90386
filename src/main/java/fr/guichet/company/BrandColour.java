package fr.guichet.company;

import java.util.Locale;
import java.util.Optional;

/**
 * The company's brand colour ({@code #rrggbb}): the background of the public site's and the portal's top bar and
 * buttons (white text on it) and the colour of their links (on white). Both need the WCAG 2.1 AA contrast of
 * {@value #MINIMUM_CONTRAST}:1 with white, so a lighter colour is refused, with the nearest darker one that passes
 * proposed instead.
 */
public final class BrandColour {

    /** The WCAG 2.1 AA contrast ratio for normal text. */
    public static final double MINIMUM_CONTRAST = 4.5;

    private BrandColour() {}

    /** The colour as stored ({@code #1f5fa8}), if {@code typed} is one ("#1F5FA8", "1f5fa8" are accepted). */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String hex = typed.strip().toLowerCase(Locale.ROOT);
        if (!hex.startsWith("#")) {
            hex = "#" + hex;
        }
        return hex.matches("#[0-9a-f]{6}") ? Optional.of(hex) : Optional.empty();
    }

    /** The contrast ratio of white text on this colour (1 to 21). */
    public static double contrastWithWhite(String hex) {
        return 1.05 / (luminance(hex) + 0.05);
    }

    /** Whether white text on this colour, and this colour's text on white, are readable (AA). */
    public static boolean readableWithWhite(String hex) {
        return contrastWithWhite(hex) >= MINIMUM_CONTRAST;
    }

    /** The same hue darkened just enough for white text (the colour itself when it already is). */
    public static String darkenedForWhite(String hex) {
        String candidate = hex;
        for (int step = 1; !readableWithWhite(candidate) && step <= 100; step++) {
            candidate = scaled(hex, 1 - step / 100.0);
        }
        return candidate;
    }

    /** A darker shade, for hovered buttons and borders. */
    public static String dark(String hex) {
        return scaled(hex, 0.75);
    }

    /** A pale tint, for soft backgrounds (mixed with 88 % white). */
    public static String soft(String hex) {
        int[] rgb = rgb(hex);
        StringBuilder out = new StringBuilder("#");
        for (int c : rgb) {
            out.append(String.format(Locale.ROOT, "%02x", (int) Math.round(c * 0.12 + 255 * 0.88)));
        }
        return out.toString();
    }

    private static String scaled(String hex, double factor) {
        int[] rgb = rgb(hex);
        StringBuilder out = new StringBuilder("#");
        for (int c : rgb) {
            out.append(String.format(Locale.ROOT, "%02x", (int) Math.floor(c * factor)));
        }
        return out.toString();
    }

    private static double luminance(String hex) {
        int[] rgb = rgb(hex);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String hex) {
        return new int[] {
            Integer.parseInt(hex.substring(1, 3), 16),
            Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)
        };
    }
}
