package fr.guichet.customers.web;

import java.nio.charset.StandardCharsets;

/**
 * vCard text as RFC 6350 (3.3, 3.4) wants it: backslash, comma and semicolon escaped, every line break (CR LF, LF or
 * a bare CR) written {@code \n}, other control characters left out; content lines folded at 75 octets.
 */
final class VCardText {

    private static final int FOLD_OCTETS = 75;

    private VCardText() {}

    /** A text value, escaped. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ',' -> out.append("\\,");
                case ';' -> out.append("\\;");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                    out.append("\\n");
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A content line ending with CR LF, folded (CR LF and a space) so that no line is over 75 octets. */
    static String line(String contentLine) {
        StringBuilder out = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > FOLD_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }
}
