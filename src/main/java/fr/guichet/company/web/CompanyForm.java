package fr.guichet.company.web;

import fr.guichet.company.CompanyIdentityPolicy;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.shared.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;

/** The company's identity as an administrator types it: every text kept as typed until it is valid. */
record CompanyForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String tradeName,

        @Size(max = 160, message = "{validation.max-length}")
        String legalName,

        @Size(max = 60, message = "{validation.max-length}") String legalForm,
        @Size(max = 30, message = "{validation.max-length}") String shareCapital,
        @Size(max = 20, message = "{validation.max-length}") String siren,
        @Size(max = 25, message = "{validation.max-length}") String siret,

        @Size(max = 120, message = "{validation.max-length}")
        String rcsCity,

        @Size(max = 20, message = "{validation.max-length}") String vatNumber,

        @Size(max = 400, message = "{validation.max-length}")
        String addressLines,

        @Size(max = 20, message = "{validation.max-length}") String postcode,

        @Size(max = 120, message = "{validation.max-length}")
        String city,

        @Size(max = 40, message = "{validation.max-length}") String phone,

        @Size(max = 254, message = "{validation.max-length}")
        String email,

        @Size(max = 254, message = "{validation.max-length}")
        String website,

        @Size(max = 254, message = "{validation.max-length}")
        String mailSender,

        @Size(max = 1000, message = "{validation.max-length}")
        String openingHours,

        @Size(max = 10, message = "{validation.max-length}") String brandColour,
        Language defaultLanguage,
        @Size(max = 42, message = "{validation.max-length}") String iban,
        @Size(max = 11, message = "{validation.max-length}") String bic,
        int version) {

    static CompanyForm of(CompanyManagement.Stored stored) {
        CompanyProfile p = stored.profile();
        boolean neutral = !stored.isSetUp();
        return new CompanyForm(
                neutral ? "" : p.tradeName(),
                p.legalName(),
                p.legalForm(),
                p.shareCapital() == null
                        ? ""
                        : p.shareCapital().stripTrailingZeros().toPlainString(),
                p.siren(),
                p.siret(),
                p.rcsCity(),
                p.vatNumber(),
                String.join("\n", p.addressLines()),
                p.postcode(),
                p.city(),
                p.phone(),
                p.email(),
                p.website(),
                p.mailSender(),
                p.openingHours(),
                p.brandColour(),
                p.defaultLanguage(),
                p.iban(),
                p.bic(),
                stored.version());
    }

    /** Whether the share capital typed is a number (or nothing). */
    boolean capitalReadable() {
        return shareCapital == null
                || shareCapital.isBlank()
                || CompanyIdentityPolicy.parseCapital(shareCapital) != null;
    }

    CompanyProfile profile() {
        return new CompanyProfile(
                tradeName == null || tradeName.isBlank() ? "?" : tradeName,
                legalName,
                phone,
                email,
                addressLines == null ? null : Arrays.asList(addressLines.split("\n")),
                postcode,
                city,
                website,
                mailSender,
                legalForm,
                CompanyIdentityPolicy.parseCapital(shareCapital),
                siren,
                siret,
                rcsCity,
                vatNumber,
                brandColour,
                defaultLanguage == null ? Language.FR : defaultLanguage,
                openingHours,
                iban,
                bic);
    }
}
