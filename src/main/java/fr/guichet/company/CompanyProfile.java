package fr.guichet.company;

import fr.guichet.shared.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param legalForm the legal form ("SAS", "SARL"…), printed in the legal mentions
 * @param shareCapital the share capital in euros, printed in the legal mentions; null when not stated
 * @param siren the company's SIREN (nine digits), empty when not known
 * @param siret the head office's SIRET (fourteen digits), empty when not known
 * @param rcsCity the city of the trade register (RCS) the company is registered at
 * @param vatNumber the intra-EU VAT number, normalised ("FR…")
 * @param brandColour the brand colour ({@code #rrggbb}, dark enough for white text), empty for Guichet's own
 * @param defaultLanguage the site's language for visitors who have chosen none
 * @param openingHours the opening hours as people should read them (several lines), on the contact page and footer
 * @param iban the bank account invoices print, normalised (no spaces)
 * @param bic the bank's BIC (8 or 11 characters)
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
        String mailSender,
        String legalForm,
        @Nullable BigDecimal shareCapital,
        String siren,
        String siret,
        String rcsCity,
        String vatNumber,
        String brandColour,
        Language defaultLanguage,
        String openingHours,
        String iban,
        String bic) {

    /** What Guichet shows until the company's own identity is stored: the product's name, nothing else. */
    public static final CompanyProfile NEUTRAL = new CompanyProfile("Guichet", "", "", "", List.of(), "", "", "", "");

    /** A profile with its contact details only (names, phone, email, address, website, sender). */
    public CompanyProfile(
            String tradeName,
            String legalName,
            String phone,
            String email,
            List<String> addressLines,
            String postcode,
            String city,
            String website,
            String mailSender) {
        this(
                tradeName,
                legalName,
                phone,
                email,
                addressLines,
                postcode,
                city,
                website,
                mailSender,
                "",
                null,
                "",
                "",
                "",
                "",
                "",
                Language.FR,
                "",
                "",
                "");
    }

    public CompanyProfile {
        // the trade name is the name emails come from: one line, never a line break that would start a header
        tradeName = Objects.requireNonNull(tradeName, "tradeName")
                .replaceAll("\\p{Cntrl}+", " ")
                .strip();
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
        legalForm = clean(legalForm);
        siren = clean(siren);
        siret = clean(siret);
        rcsCity = clean(rcsCity);
        vatNumber = clean(vatNumber);
        brandColour = clean(brandColour);
        defaultLanguage = defaultLanguage == null ? Language.FR : defaultLanguage;
        openingHours = openingHours == null ? "" : openingHours.strip();
        iban = clean(iban);
        bic = clean(bic);
    }

    /** The opening hours, one line per element; empty when none is stored. */
    public List<String> openingHourLines() {
        return openingHours.isEmpty()
                ? List.of()
                : openingHours
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    /** Whether anything of the legal mentions (form, capital, registration, VAT number) is stored. */
    public boolean hasLegalMentions() {
        return !legalForm.isEmpty() || shareCapital != null || !siren.isEmpty() || !vatNumber.isEmpty();
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
