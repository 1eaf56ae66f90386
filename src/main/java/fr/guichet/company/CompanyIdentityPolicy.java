package fr.guichet.company;

import fr.guichet.shared.Iban;
import fr.guichet.shared.Siren;
import fr.guichet.shared.Siret;
import fr.guichet.shared.VatNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of the company's identity, the same for the first-run page, the company page and any other caller: every
 * text within its column; email addresses, phone, website of the usual shapes; SIREN, SIRET (of that SIREN) and VAT
 * number (a French one of that SIREN) checked by their keys, as customers' are; the IBAN by its key, the BIC by its
 * shape; a brand colour readable with white text (AA). Answers the profile with its identifiers normalised.
 */
public final class CompanyIdentityPolicy {

    private CompanyIdentityPolicy() {}

    /**
     * @throws CompanyProfileRefused with every broken rule
     */
    public static CompanyProfile check(CompanyProfile p) {
        List<CompanyRuleViolation> broken = new ArrayList<>();
        tooLong(broken, "tradeName", p.tradeName(), 120);
        tooLong(broken, "legalName", p.legalName(), 160);
        tooLong(broken, "legalForm", p.legalForm(), 60);
        tooLong(broken, "phone", p.phone(), 40);
        tooLong(broken, "email", p.email(), 254);
        tooLong(broken, "addressLines", String.join("\n", p.addressLines()), 400);
        tooLong(broken, "postcode", p.postcode(), 20);
        tooLong(broken, "city", p.city(), 120);
        tooLong(broken, "website", p.website(), 254);
        tooLong(broken, "mailSender", p.mailSender(), 254);
        tooLong(broken, "rcsCity", p.rcsCity(), 120);
        tooLong(broken, "openingHours", p.openingHours(), 1000);

        if (!p.email().isEmpty() && !isEmail(p.email())) {
            broken.add(new CompanyRuleViolation("email", "company.error.email"));
        }
        if (!p.mailSender().isEmpty() && !isEmail(p.mailSender())) {
            broken.add(new CompanyRuleViolation("mailSender", "company.error.email"));
        }
        if (!p.phone().isEmpty() && !isPhone(p.phone())) {
            broken.add(new CompanyRuleViolation("phone", "company.error.phone"));
        }
        if (!p.website().isEmpty() && !p.website().matches("https?://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?")) {
            broken.add(new CompanyRuleViolation("website", "company.error.website"));
        }
        if (p.shareCapital() != null && p.shareCapital().signum() < 0) {
            broken.add(new CompanyRuleViolation("shareCapital", "company.error.capital"));
        }

        String siren = "";
        if (!p.siren().isEmpty()) {
            if (Siren.isValid(p.siren())) {
                siren = Siren.of(p.siren()).value();
            } else {
                broken.add(new CompanyRuleViolation("siren", "company.error.siren"));
            }
        }
        String siret = "";
        if (!p.siret().isEmpty()) {
            if (!Siret.isValid(p.siret())) {
                broken.add(new CompanyRuleViolation("siret", "company.error.siret"));
            } else {
                Siret parsed = Siret.of(p.siret());
                siret = parsed.value();
                if (!siren.isEmpty() && !parsed.siren().value().equals(siren)) {
                    broken.add(new CompanyRuleViolation("siret", "company.error.siret-other-company"));
                } else if (siren.isEmpty() && p.siren().isEmpty()) {
                    siren = parsed.siren().value();
                }
            }
        }
        String vat = "";
        if (!p.vatNumber().isEmpty()) {
            if (!VatNumber.isValid(p.vatNumber())) {
                broken.add(new CompanyRuleViolation("vatNumber", "company.error.vat"));
            } else {
                VatNumber parsed = VatNumber.of(p.vatNumber());
                vat = parsed.value();
                if (!siren.isEmpty()
                        && parsed.siren().isPresent()
                        && !parsed.siren().get().value().equals(siren)) {
                    broken.add(new CompanyRuleViolation(
                            "vatNumber",
                            "company.error.vat-other-company",
                            VatNumber.frenchOf(new Siren(siren)).value()));
                }
            }
        }
        if (!p.rcsCity().isEmpty() && siren.isEmpty() && p.siren().isEmpty()) {
            broken.add(new CompanyRuleViolation("siren", "company.error.rcs-without-siren"));
        }

        String colour = "";
        if (!p.brandColour().isEmpty()) {
            var parsed = BrandColour.parse(p.brandColour());
            if (parsed.isEmpty()) {
                broken.add(new CompanyRuleViolation("brandColour", "company.error.colour"));
            } else if (!BrandColour.readableWithWhite(parsed.get())) {
                broken.add(new CompanyRuleViolation(
                        "brandColour",
                        "company.error.colour-contrast",
                        Math.floor(BrandColour.contrastWithWhite(parsed.get()) * 10) / 10,
                        BrandColour.darkenedForWhite(parsed.get())));
            } else {
                colour = parsed.get();
            }
        }

        String iban = "";
        if (!p.iban().isEmpty()) {
            if (Iban.isValid(p.iban())) {
                iban = Iban.of(p.iban()).value();
            } else {
                broken.add(new CompanyRuleViolation("iban", "company.error.iban"));
            }
        }
        String bic = p.bic().toUpperCase(Locale.ROOT).replace(" ", "");
        if (!bic.isEmpty() && !bic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            broken.add(new CompanyRuleViolation("bic", "company.error.bic"));
        } else if (!bic.isEmpty() && p.iban().isEmpty()) {
            broken.add(new CompanyRuleViolation("iban", "company.error.bic-without-iban"));
        }

        if (!broken.isEmpty()) {
            throw new CompanyProfileRefused(broken);
        }
        return new CompanyProfile(
                p.tradeName(),
                p.legalName(),
                p.phone(),
                p.email().toLowerCase(Locale.ROOT),
                p.addressLines(),
                p.postcode(),
                p.city(),
                p.website(),
                p.mailSender().toLowerCase(Locale.ROOT),
                p.legalForm(),
                p.shareCapital() == null ? null : p.shareCapital().setScale(2, java.math.RoundingMode.HALF_UP),
                siren,
                siret,
                p.rcsCity(),
                vat,
                colour,
                p.defaultLanguage(),
                p.openingHours(),
                iban,
                bic);
    }

    /** A phone number as people type it ("04 72 00 11 22", "+33 4.72.00.11.22"): 9 to 15 digits. */
    static boolean isPhone(String typed) {
        return typed.replaceAll("[ .\\-()]", "").matches("\\+?\\d{9,15}");
    }

    static boolean isEmail(String typed) {
        return typed.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static void tooLong(List<CompanyRuleViolation> broken, String field, String text, int max) {
        if (text != null && text.length() > max) {
            broken.add(new CompanyRuleViolation(field, "company.error.too-long", max));
        }
    }

    /** A share capital as people type it ("50 000", "50000,00", "1 000,50 €"); null when empty or not a number. */
    public static BigDecimal parseCapital(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String plain = typed.replace("€", "")
                .replace("EUR", "")
                .replace(" ", "")
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(",", ".")
                .strip();
        if (!plain.matches("-?\\d{1,13}(\\.\\d{1,2})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
