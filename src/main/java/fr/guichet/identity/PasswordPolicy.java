package fr.guichet.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (ADR 0004 and 0012): at least 12 characters (ANSSI's recommendation for a password
 * alone), at most 64 so that bcrypt sees all of it, not the username, and not a common password: one of the list
 * shipped with Guichet ({@code common-passwords.txt}, French ones included), even with digits or symbols around
 * it, letters written as digits or words joined by dashes, nor a character or a short pattern repeated, nor a run
 * of consecutive characters. No rule on character classes: length and the list do better (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes; a longer password (accented letters take two) is refused, not truncated. */
    public static final int MAX_BYTES = 72;

    private static final String COMMON_LIST = "common-passwords.txt";

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("identity.password.error.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("identity.password.error.too-long");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("identity.password.error.same-as-username");
        }
        if (isCommon(password)) {
            return Optional.of("identity.password.error.common");
        }
        return Optional.empty();
    }

    /** How many common passwords the shipped list holds. */
    static int commonCount() {
        return Common.LIST.size();
    }

    /** Whether the password is a common one, dressed up or not, or a repetition or a run of characters. */
    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (Common.LIST.contains(lower) || isRepetition(lower) || isRun(lower)) {
            return true;
        }
        String core = core(lower);
        if (core.isEmpty()) {
            return true; // nothing but digits and symbols
        }
        String plain = unleet(core);
        String joined = plain.replaceAll("[\\s._-]+", "");
        return Common.LIST.contains(core)
                || Common.LIST.contains(plain)
                || Common.LIST.contains(joined)
                || isRepetition(joined)
                || isRun(joined);
    }

    /** The password without the digits and symbols before its first letter and after its last. */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start)) && !isLeet(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }

    private static boolean isLeet(char c) {
        return c == '@' || c == '$';
    }

    private static String unleet(String core) {
        StringBuilder plain = new StringBuilder(core.length());
        for (char c : core.toCharArray()) {
            plain.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return plain.toString();
    }

    /** One to four characters repeated to the end: aaaaaaaaaaaa, abcabcabcabc. */
    private static boolean isRepetition(String value) {
        for (int unit = 1; unit <= 4 && unit < value.length(); unit++) {
            boolean repeated = true;
            for (int i = unit; i < value.length() && repeated; i++) {
                repeated = value.charAt(i) == value.charAt(i - unit);
            }
            if (repeated) {
                return true;
            }
        }
        return false;
    }

    /** Consecutive characters up or down: abcdefghijkl, 987654321098 (wrapping from 9 to 0). */
    private static boolean isRun(String value) {
        if (value.length() < 2) {
            return false;
        }
        int step = step(value.charAt(0), value.charAt(1));
        if (step != 1 && step != -1) {
            return false;
        }
        for (int i = 2; i < value.length(); i++) {
            if (step(value.charAt(i - 1), value.charAt(i)) != step) {
                return false;
            }
        }
        return true;
    }

    private static int step(char from, char to) {
        if (Character.isDigit(from) && Character.isDigit(to)) {
            int difference = Math.floorMod(to - from, 10);
            return difference == 1 ? 1 : difference == 9 ? -1 : 0;
        }
        return to - from;
    }

    /** The list, read once, on first use. */
    private static final class Common {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            Set<String> list = new HashSet<>();
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException(COMMON_LIST + " is missing from the application");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        list.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(list);
        }
    }
}
