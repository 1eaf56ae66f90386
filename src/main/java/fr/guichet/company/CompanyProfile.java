package fr.guichet.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who the company is, as its customers see it: on the public site, in the layouts, in the signature of its emails and
 * on its documents. Every field but the trade name may be empty; nothing is ever null.
 *
 * @param tradeName the name customers know (page titles, brand, email sender's name)
 * @param legalName the registered name (documents, contact page); the trade name when empty
 * @param phone the number customers call, as it should be shown
 * @param email the address customers write to
 * @param addressLines the street lines of the address
 * @param postcode the postcode
 * @param city the city
 * @param website the company's own website
 * @param mailSender the address Guichet's emails come from; the {@code email} when empty
 */
public record CompanyProfile(
        String tradeName,
        String legalName,
        String phone,
        String email,
        List<String> addressLines,
        String postcode,
        String city,
        String website,
        String mailSender) {

    /** What Guichet shows until the company's own identity is stored: the product's name, nothing else. */
    public static final CompanyProfile NEUTRAL = new CompanyProfile("Guichet", "", "", "", List.of(), "", "", "", "");

    public CompanyProfile {
        tradeName = Objects.requireNonNull(tradeName, "tradeName").strip();
        if (tradeName.isEmpty()) {
            throw new IllegalArgumentException("The company's trade name is required");
        }
        legalName = clean(legalName);
        phone = clean(phone);
        email = clean(email);
        addressLines = addressLines == null
                ? List.of()
                : addressLines.stream()
                        .map(CompanyProfile::clean)
                        .filter(line -> !line.isEmpty())
                        .toList();
        postcode = clean(postcode);
        city = clean(city);
        website = clean(website);
        mailSender = clean(mailSender);
    }

    /** The registered name, or the trade name when none is stored. */
    public String officialName() {
        return legalName.isEmpty() ? tradeName : legalName;
    }

    /** The address that Guichet's emails come from (the sender address, else the contact address; may be empty). */
    public String senderAddress() {
        return mailSender.isEmpty() ? email : mailSender;
    }

    /** The postal address, one line per element ("18 rue …", "69003 Lyon"); empty when none is stored. */
    public List<String> postalAddress() {
        List<String> lines = new ArrayList<>(addressLines);
        String town = (postcode + " " + city).strip();
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return List.copyOf(lines);
    }

    /** The phone number as a {@code tel:} link target (digits and a leading +), empty when there is none. */
    public String phoneLink() {
        return phone.isEmpty() ? "" : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The signature of emails: the trade name, the phone and the email address, those that are known. */
    public String signature() {
        List<String> parts = new ArrayList<>();
        parts.add(tradeName);
        if (!phone.isEmpty()) {
            parts.add(phone);
        }
        if (!email.isEmpty()) {
            parts.add(email);
        }
        return String.join(" — ", parts);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
