package fr.guichet.shared;

/** The Luhn (mod 10) check used by SIREN and SIRET numbers. */
public final class Luhn {

    private Luhn() {}

    /** Whether a string of digits passes the Luhn check; false for anything that is not only digits. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The digit to append to {@code digits} so that the whole passes the Luhn check. */
    public static int checkDigit(String digits) {
        for (int candidate = 0; candidate <= 9; candidate++) {
            if (isValid(digits + candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Not a string of digits: " + digits);
    }
}
