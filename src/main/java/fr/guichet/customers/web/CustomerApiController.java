package fr.guichet.customers.web;

import fr.guichet.customers.Address;
import fr.guichet.customers.Contact;
import fr.guichet.customers.ContactChannel;
import fr.guichet.customers.ContactDetails;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerMasterDataManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.customers.OrganisationProfile;
import fr.guichet.customers.UnknownCustomer;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Language;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers}: customers and their contacts, with the pages' rules — a customer's token sees its own
 * organisation only; staff tokens read all; back-office and admin tokens create and change. Anything else is 404.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/customers")
class CustomerApiController {

    private final CustomerManagement customers;
    private final CustomerMasterDataManagement masterData;

    CustomerApiController(CustomerManagement customers, CustomerMasterDataManagement masterData) {
        this.customers = customers;
        this.masterData = masterData;
    }

    record CustomerView(
            long id,
            String name,
            String tradeName,
            OrganisationKind kind,
            CustomerStatus status,
            @Size(max = 20) String siren,
            @Size(max = 25) String siret,
            @Size(max = 20) String vatNumber,
            String segment,
            Address address,
            Address deliveryAddress,
            String phone,
            String email,
            Long accountManagerId,
            int version) {

        static CustomerView of(Organisation o) {
            return new CustomerView(
                    o.getId(),
                    o.getName(),
                    o.getTradeName(),
                    o.getKind(),
                    o.getStatus(),
                    o.getSiren(),
                    o.getSiret(),
                    o.getVatNumber(),
                    o.getSegment(),
                    o.getAddress(),
                    o.getDeliveryAddress(),
                    o.getPhone(),
                    o.getEmail(),
                    o.getAccountManagerId(),
                    o.getVersion());
        }
    }

    record CustomerBody(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String tradeName,
            @NotNull OrganisationKind kind,
            @NotNull CustomerStatus status,
            String siren,
            String siret,
            String vatNumber,
            @Size(max = 200) String segment,
            Address address,
            Address deliveryAddress,
            @Size(max = 30) String phone,
            @Email @Size(max = 254) String email,
            Long accountManagerId,
            @Size(max = 4000) String notes,
            Integer version) {

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
                    address,
                    deliveryAddress,
                    phone,
                    email,
                    accountManagerId,
                    notes);
        }
    }

    record ContactView(
            long id,
            String firstName,
            String lastName,
            String jobTitle,
            String email,
            String phone,
            String mobile,
            String language,
            ContactChannel channel,
            int version) {

        static ContactView of(Contact c) {
            return new ContactView(
                    c.getId(),
                    c.getFirstName(),
                    c.getLastName(),
                    c.getJobTitle(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getMobile(),
                    c.getPreferredLanguage(),
                    c.getPreferredChannel(),
                    c.getVersion());
        }
    }

    record ContactBody(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 120) String jobTitle,
            @Email @Size(max = 254) String email,
            @Size(max = 30) String phone,
            @Size(max = 30) String mobile,
            Language language,
            ContactChannel channel) {

        ContactDetails details() {
            return new ContactDetails(firstName, lastName, jobTitle, email, phone, mobile, language, channel);
        }
    }

    @GetMapping
    List<CustomerView> list(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(defaultValue = "") String q) {
        if (caller.getKind() == AccountKind.CUSTOMER) {
            return customers.find(caller.getCustomerOrganisationId()).map(CustomerView::of).stream()
                    .toList();
        }
        List<Organisation> found = q.isBlank() ? customers.all(500) : customers.search(q, 100);
        return found.stream().map(CustomerView::of).toList();
    }

    @GetMapping("/{id}")
    CustomerView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return CustomerView.of(visible(caller, id));
    }

    @PostMapping
    ResponseEntity<CustomerView> create(
            @AuthenticationPrincipal AccountPrincipal caller, @Valid @RequestBody CustomerBody body) {
        requireEditor(caller);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CustomerView.of(masterData.create(body.profile(), caller.getDisplayName())));
    }

    @PutMapping("/{id}")
    CustomerView update(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody CustomerBody body) {
        requireEditor(caller);
        visible(caller, id);
        int version = body.version() == null ? -1 : body.version();
        return CustomerView.of(masterData.update(id, version, body.profile(), caller.getDisplayName()));
    }

    @GetMapping("/{id}/contacts")
    List<ContactView> contacts(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        visible(caller, id);
        return customers.contactsOf(id).stream().map(ContactView::of).toList();
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactView> addContact(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody ContactBody body) {
        requireEditor(caller);
        visible(caller, id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ContactView.of(customers.saveContact(id, null, 0, body.details())));
    }

    private Organisation visible(AccountPrincipal caller, long id) {
        if (caller.getKind() == AccountKind.CUSTOMER && !Long.valueOf(id).equals(caller.getCustomerOrganisationId())) {
            throw new UnknownCustomer(String.valueOf(id));
        }
        return customers.find(id).orElseThrow(() -> new UnknownCustomer(String.valueOf(id)));
    }

    private static void requireEditor(AccountPrincipal caller) {
        caller.requireKeepsMasterData();
    }
}
