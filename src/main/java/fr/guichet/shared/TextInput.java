package fr.guichet.shared;

import java.text.Normalizer;

/**
 * Text as people send it, made safe to store: Unicode NFC (one form for "é"), no control characters, no lone
 * surrogates, no bidirectional embedding, override or isolate (which would show a text in another order than it is
 * stored). Line breaks become {@code \n} in multi-line text and a space in single-line text; a tab is kept in
 * multi-line text only. Applied once, where text enters (form binding, request parameters, JSON bodies).
 */
public final class TextInput {

    private TextInput() {}

    /** The text normalised; {@code null} stays {@code null}. */
    public static String normalise(String text, boolean multiline) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (!isNonCharacter(codePoint)) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append(multiline ? '\n' : ' ');
            } else if (c == '\t') {
                out.append(multiline ? '\t' : ' ');
            } else if (!dropped(c)) {
                out.append(c);
            }
        }
        String kept = out.toString();
        return Normalizer.isNormalized(kept, Normalizer.Form.NFC)
                ? kept
                : Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /** Printable ASCII only: nothing to change (the common case, checked without copying). */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static boolean dropped(char c) {
        return Character.isISOControl(c) // C0 and C1 controls, DEL, NUL
                || Character.isSurrogate(c) // a half of a pair without its other half
                || (c >= '\u202a' && c <= '\u202e') // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // bidirectional isolates
                || isNonCharacter(c);
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
    }
}
