package fr.guichet.customers;

import fr.guichet.customers.internal.OrganisationRepository;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.Siren;
import fr.guichet.shared.Siret;
import fr.guichet.shared.VatNumber;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rules of customer identifiers, outside any transaction boundary: a broken rule is an answer here, not a failure
 * that would mark the caller's transaction for rollback (an import checks every line before importing it).
 */
@Component
public class OrganisationChecks {

    private final OrganisationRepository organisations;
    private final UserManagement users;

    OrganisationChecks(OrganisationRepository organisations, UserManagement users) {
        this.organisations = organisations;
        this.users = users;
    }

    /**
     * The profile with identifiers normalised, or the first broken rule: an invalid SIREN, SIRET, VAT number or
     * phone, a SIRET or French VAT number of another company than the SIREN, a SIREN another customer has.
     */
    public OrganisationProfile check(OrganisationProfile p, Long id) {
        checkLengths(p);
        String siren = blank(p.siren()) ? null : p.siren();
        if (siren != null && !Siren.isValid(siren)) {
            throw new CustomerRuleViolation("siren", "customers.error.siren");
        }
        siren = siren == null ? null : Siren.of(siren).value();
        String siret = null;
        if (!blank(p.siret())) {
            if (!Siret.isValid(p.siret())) {
                throw new CustomerRuleViolation("siret", "customers.error.siret");
            }
            Siret parsed = Siret.of(p.siret());
            if (siren != null && !parsed.siren().value().equals(siren)) {
                throw new CustomerRuleViolation("siret", "customers.error.siret-other-company");
            }
            siren = parsed.siren().value();
            siret = parsed.value();
        }
        String vat = null;
        if (!blank(p.vatNumber())) {
            if (!VatNumber.isValid(p.vatNumber())) {
                throw new CustomerRuleViolation("vatNumber", "customers.error.vat");
            }
            VatNumber parsed = VatNumber.of(p.vatNumber());
            if (siren != null
                    && parsed.siren().isPresent()
                    && !parsed.siren().get().value().equals(siren)) {
                throw new CustomerRuleViolation("vatNumber", "customers.error.vat-other-company");
            }
            vat = parsed.value();
        }
        if (!blank(p.phone()) && !isPhone(p.phone())) {
            throw new CustomerRuleViolation("phone", "customers.error.phone");
        }
        if (!blank(p.email()) && !isEmail(p.email())) {
            throw new CustomerRuleViolation("email", "validation.email");
        }
        if (siren != null) {
            String taken = siren;
            organisations
                    .findBySiren(taken)
                    .filter(other -> id == null || !other.getId().equals(id))
                    .ifPresent(other -> {
                        throw new CustomerRuleViolation("siren", "customers.error.siren-taken");
                    });
        }
        if (p.accountManagerId() != null
                && users.find(p.accountManagerId())
                        .filter(manager -> manager.getKind() == AccountKind.STAFF && manager.isEnabled())
                        .isEmpty()) {
            // the account manager receives the customer's renewal alerts: only an active staff member
            throw new CustomerRuleViolation("accountManagerId", "customers.error.account-manager");
        }
        String segment = tags(p.segment());
        // the tags are written back joined by ", ": "a,b,c" grows, and must still fit its column
        tooLong("segment", segment, 200);
        return new OrganisationProfile(
                p.name(),
                p.tradeName(),
                p.kind(),
                p.status(),
                siren,
                siret,
                vat,
                segment,
                p.address(),
                p.deliveryAddress(),
                p.phone(),
                blank(p.email()) ? null : p.email().strip().toLowerCase(Locale.ROOT),
                p.accountManagerId(),
                p.notes());
    }

    /** Every text within its column (V2, V20, V28): refused next to its field, never a database error. */
    private static void checkLengths(OrganisationProfile p) {
        tooLong("name", p.name(), 200);
        tooLong("tradeName", p.tradeName(), 200);
        tooLong("siren", p.siren(), 20);
        tooLong("siret", p.siret(), 25);
        tooLong("vatNumber", p.vatNumber(), 20);
        tooLong("segment", p.segment(), 200);
        tooLong("phone", p.phone(), 30);
        tooLong("email", p.email(), 254);
        tooLong("notes", p.notes(), 4000);
        checkLengths("", p.address());
        checkLengths("delivery", p.deliveryAddress());
    }

    private static void checkLengths(String prefix, Address a) {
        if (a != null) {
            tooLong(field(prefix, "street"), a.street(), 200);
            tooLong(field(prefix, "postalCode"), a.postalCode(), 10);
            tooLong(field(prefix, "city"), a.city(), 120);
            tooLong(field(prefix, "country"), a.country(), 2);
        }
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void tooLong(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new CustomerRuleViolation(field, "validation.too-long");
        }
    }

    /** A phone number as people type it ("04 72 00 11 22", "+33 4.72.00.11.22"): 9 to 15 digits. */
    public static boolean isPhone(String typed) {
        return typed != null && phoneDigits(typed).matches("\\+?\\d{9,15}");
    }

    /** An email address of the usual shape: something, @, a domain with a dot. */
    public static boolean isEmail(String typed) {
        return typed != null && typed.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** The SIREN a profile names, directly or through its SIRET, when it is valid; null otherwise. */
    static String sirenIfValid(OrganisationProfile p) {
        if (!blank(p.siren()) && Siren.isValid(p.siren())) {
            return Siren.of(p.siren()).value();
        }
        return !blank(p.siret()) && Siret.isValid(p.siret())
                ? Siret.of(p.siret()).siren().value()
                : null;
    }

    /** A phone number without its separators, to compare numbers typed differently. */
    static String phoneDigits(String phone) {
        return phone.replace(" ", "")
                .replace(".", "")
                .replace("-", "")
                .replace("(", "")
                .replace(")", "");
    }

    /** Tags separated by commas, trimmed, each once (ignoring case), in the order typed. */
    static String tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : typed.split(",")) {
            String clean = tag.strip();
            if (!clean.isEmpty()) {
                unique.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return String.join(", ", unique.values());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
