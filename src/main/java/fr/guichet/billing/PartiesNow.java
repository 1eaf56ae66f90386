package fr.guichet.billing;

import fr.guichet.billing.InvoiceDocument.Party;
import fr.guichet.billing.InvoiceDocument.PostalAddress;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyProfile;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The seller (the company's settings) and a buyer (the customer's record) as they are now. */
@Component
class PartiesNow {

    private final CompanyManagement company;
    private final CustomerManagement customers;

    PartiesNow(CompanyManagement company, CustomerManagement customers) {
        this.company = company;
        this.customers = customers;
    }

    InvoiceParties of(long organisationId) {
        CompanyProfile seller = company.current();
        Organisation buyer =
                customers.find(organisationId).orElseThrow(() -> new UnknownInvoice("customer " + organisationId));
        PostalAddress billing = address(buyer.getAddress());
        PostalAddress delivery =
                buyer.getDeliveryAddress() == null || buyer.getDeliveryAddress().isEmpty()
                        ? null
                        : address(buyer.getDeliveryAddress());
        String language = customers.documentLanguageOf(organisationId);
        return new InvoiceParties(
                new Party(
                        seller.legalName().isEmpty() ? seller.tradeName() : seller.legalName(),
                        blank(seller.legalForm()),
                        seller.shareCapital(),
                        new PostalAddress(seller.addressLines(), seller.postcode(), seller.city(), "FR"),
                        blank(seller.siren()),
                        blank(seller.siret()),
                        blank(seller.rcsCity()),
                        blank(seller.vatNumber()),
                        blank(seller.email()),
                        blank(seller.phone())),
                new Party(
                        buyer.getName(),
                        null,
                        null,
                        billing,
                        blank(buyer.getSiren()),
                        blank(buyer.getSiret()),
                        null,
                        blank(buyer.getVatNumber()),
                        blank(buyer.getEmail()),
                        blank(buyer.getPhone())),
                delivery == null || delivery.equals(billing) ? null : delivery,
                "en".equals(language) ? "en" : "fr",
                buyer.getKind() != OrganisationKind.INDIVIDUAL,
                blank(seller.iban()),
                blank(seller.bic()));
    }

    private static PostalAddress address(@Nullable Address address) {
        if (address == null) {
            return new PostalAddress(List.of(), "", "", "FR");
        }
        return new PostalAddress(
                address.street() == null || address.street().isBlank()
                        ? List.of()
                        : List.of(address.street().split("\\R")),
                Objects.requireNonNullElse(address.postalCode(), ""),
                Objects.requireNonNullElse(address.city(), ""),
                address.country() == null ? "FR" : address.country());
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
