package fr.guichet.customers;

import java.util.Locale;
import java.util.stream.Stream;

/** A postal address, French by default. */
public record Address(String street, String postalCode, String city, String country) {

    public static Address french(String street, String postalCode, String city) {
        return new Address(street, postalCode, city, "FR");
    }

    /** No street, postal code nor city given. */
    public boolean isEmpty() {
        return blank(street) && blank(postalCode) && blank(city);
    }

    /** Trimmed, blanks as nulls, the country in capitals (France when none is given). */
    public Address cleaned() {
        return new Address(
                blank(street) ? null : street.strip(),
                blank(postalCode) ? null : postalCode.strip(),
                blank(city) ? null : city.strip(),
                blank(country) ? "FR" : country.strip().toUpperCase(Locale.ROOT));
    }

    /** "12 rue de la Paix, 69002 Lyon" (the country only when not France). */
    public String oneLine() {
        String line = String.join(
                ", ",
                Stream.of(
                                street,
                                String.join(
                                        " ",
                                        Stream.of(postalCode, city)
                                                .filter(part -> !blank(part))
                                                .toList()))
                        .filter(part -> !blank(part))
                        .toList());
        return country == null || "FR".equals(country) ? line : line + ", " + country;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
