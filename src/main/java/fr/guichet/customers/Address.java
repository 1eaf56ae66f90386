package fr.guichet.customers;

/** A postal address, French by default. */
public record Address(String street, String postalCode, String city, String country) {

    public static Address french(String street, String postalCode, String city) {
        return new Address(street, postalCode, city, "FR");
    }
}
