package fr.guichet.shared;

/**
 * A SIREN number: the nine digits that identify a French company in the Sirene register, the last one a
 * Luhn check digit. Spaces typed by people ("732 829 320") are accepted and dropped.
 */
public record Siren(String value) {

    public Siren {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid SIREN: " + value);
        }
    }

    public static Siren of(String typed) {
        return new Siren(normalise(typed));
    }

    public static boolean isValid(String typed) {
        String digits = normalise(typed);
        return digits != null && digits.length() == 9 && Luhn.isValid(digits);
    }

    /** The number as printed on French documents: three groups of three digits. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        return typed == null ? null : typed.replace(" ", "").replace("\u00a0", "");
    }
}
