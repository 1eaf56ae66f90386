package fr.guichet.customers.web;

import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.customers.OrganisationProfile;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A customer organisation as sales administration types it; identifiers kept as typed until they are valid. */
record OrganisationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String name,

        @Size(max = 200, message = "{validation.max-length}")
        String tradeName,

        @NotNull(message = "{validation.required}") OrganisationKind kind,
        @NotNull(message = "{validation.required}") CustomerStatus status,
        @Size(max = 20, message = "{validation.max-length}") String siren,
        @Size(max = 25, message = "{validation.max-length}") String siret,
        @Size(max = 20, message = "{validation.max-length}") String vatNumber,

        @Size(max = 200, message = "{validation.max-length}")
        String segment,

        @Size(max = 200, message = "{validation.max-length}")
        String street,

        @Pattern(regexp = "|[0-9A-Za-z -]{3,10}", message = "{customers.error.postal-code}")
        String postalCode,

        @Size(max = 120, message = "{validation.max-length}")
        String city,

        @Pattern(regexp = "|[A-Za-z]{2}", message = "{customers.error.country}")
        String country,

        @Size(max = 200, message = "{validation.max-length}")
        String deliveryStreet,

        @Pattern(regexp = "|[0-9A-Za-z -]{3,10}", message = "{customers.error.postal-code}")
        String deliveryPostalCode,

        @Size(max = 120, message = "{validation.max-length}")
        String deliveryCity,

        @Pattern(regexp = "|[A-Za-z]{2}", message = "{customers.error.country}")
        String deliveryCountry,

        @Size(max = 30, message = "{validation.max-length}") String phone,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String email,

        Long accountManagerId,

        @Size(max = 4000, message = "{validation.max-length}")
        String notes,

        int version,
        Boolean confirmDuplicate) {

    static OrganisationForm blank() {
        return new OrganisationForm(
                "",
                "",
                OrganisationKind.COMPANY,
                CustomerStatus.PROSPECT,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "FR",
                "",
                "",
                "",
                "",
                "",
                "",
                null,
                "",
                0,
                false);
    }

    static OrganisationForm of(Organisation o) {
        Address a = o.getAddress() == null ? new Address(null, null, null, "FR") : o.getAddress();
        Address d = o.getDeliveryAddress() == null ? new Address(null, null, null, null) : o.getDeliveryAddress();
        return new OrganisationForm(
                o.getName(),
                o.getTradeName(),
                o.getKind(),
                o.getStatus(),
                o.getSirenFormatted(),
                o.getSiret(),
                o.getVatNumber(),
                o.getSegment(),
                a.street(),
                a.postalCode(),
                a.city(),
                a.country(),
                d.street(),
                d.postalCode(),
                d.city(),
                d.country(),
                o.getPhone(),
                o.getEmail(),
                o.getAccountManagerId(),
                o.getNotes(),
                o.getVersion(),
                false);
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(
                name,
                tradeName,
                kind,
                status,
                siren,
                siret,
                vatNumber,
                segment,
                new Address(street, postalCode, city, country),
                new Address(deliveryStreet, deliveryPostalCode, deliveryCity, deliveryCountry),
                phone,
                email,
                accountManagerId,
                notes);
    }
}
