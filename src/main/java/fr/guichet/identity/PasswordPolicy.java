package fr.guichet.identity;

import java.util.Optional;

/**
 * What a password must be: at least 12 characters (ANSSI's recommendation for a password alone), at most 64 so
 * that bcrypt sees all of it, and not the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes; a longer password (accented letters take two) is refused, not truncated. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("identity.password.error.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("identity.password.error.too-long");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("identity.password.error.same-as-username");
        }
        return Optional.empty();
    }
}
