package fr.guichet.shared;

/**
 * A SIRET number: the fourteen digits of one establishment of a French company, its SIREN followed by a five-digit
 * establishment number (NIC), the whole checked by Luhn. La Poste's establishments (SIREN 356 000 000) are the
 * known exception: their digits add up to a multiple of 5 instead.
 */
public record Siret(String value) {

    private static final String LA_POSTE = "356000000";

    public Siret {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Invalid SIRET: " + value);
        }
    }

    public static Siret of(String typed) {
        return new Siret(normalise(typed));
    }

    public static boolean isValid(String typed) {
        String digits = normalise(typed);
        if (digits == null || digits.length() != 14 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE + "00048")) {
            return digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Luhn.isValid(digits);
    }

    /** The company this establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /** As printed on French documents: "732 829 320 00074". */
    public String formatted() {
        return siren().formatted() + " " + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String typed) {
        return typed == null ? null : typed.replace(" ", "").replace("\u00a0", "");
    }
}
