package fr.guichet.customers.web;

import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.UnknownCustomer;
import fr.guichet.customers.web.CustomerApiController.ContactBody;
import fr.guichet.customers.web.CustomerApiController.ContactView;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/contacts}: the people at customers, found by name or email. A customer's token sees its own
 * organisation's contacts; staff tokens any; back-office and admin tokens change them (with the version read).
 */
@RestController
@RestApi
@RequestMapping("/api/v1/contacts")
class ContactApiController {

    private final CustomerManagement customers;

    ContactApiController(CustomerManagement customers) {
        this.customers = customers;
    }

    /** A contact's new details, with the version read. */
    record ContactChange(
            @NotNull Integer version, @Valid @NotNull ContactBody contact) {}

    @GetMapping
    List<ContactView> search(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestParam(defaultValue = "") String q) {
        List<Contact> found = caller.getKind() == AccountKind.CUSTOMER
                ? customers.contactsOf(caller.getCustomerOrganisationId())
                : customers.searchContacts(q, 100);
        return found.stream().map(ContactView::of).toList();
    }

    @GetMapping("/{id}")
    ContactView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return ContactView.of(visible(caller, id));
    }

    @PutMapping("/{id}")
    ContactView change(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody ContactChange body) {
        caller.requireKeepsMasterData();
        Contact contact = visible(caller, id);
        return ContactView.of(customers.saveContact(
                contact.getOrganisationId(), id, body.version(), body.contact().details()));
    }

    private Contact visible(AccountPrincipal caller, long id) {
        Contact contact = customers.contactById(id).orElseThrow(() -> new UnknownCustomer("contact " + id));
        if (caller.getKind() == AccountKind.CUSTOMER
                && !contact.getOrganisationId().equals(caller.getCustomerOrganisationId())) {
            throw new UnknownCustomer("contact " + id);
        }
        return contact;
    }
}
