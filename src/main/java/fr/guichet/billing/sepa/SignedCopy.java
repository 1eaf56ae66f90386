package fr.guichet.billing.sepa;

import org.jspecify.annotations.Nullable;

/** What an uploaded signed mandate is, by its first bytes (never by the name or type the browser gave). */
final class SignedCopy {

    private SignedCopy() {}

    /** "application/pdf", "image/png" or "image/jpeg"; none for anything else. */
    static @Nullable String typeOf(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
