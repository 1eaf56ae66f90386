package fr.guichet.customers;

import fr.guichet.customers.internal.ContactRepository;
import fr.guichet.customers.internal.OrganisationRepository;
import fr.guichet.identity.CustomerOrganisationDirectory;
import fr.guichet.shared.LikePattern;
import fr.guichet.shared.Versions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and finds customer organisations and their contacts. */
@Service
@Transactional
public class CustomerManagement implements CustomerOrganisationDirectory {

    private final OrganisationRepository organisations;
    private final ContactRepository contacts;
    private final Clock clock;
    /** Resolved at search time: the finders' modules depend on this one, so they cannot be built before it. */
    private final ObjectProvider<CustomerFinder> finders;

    CustomerManagement(
            OrganisationRepository organisations,
            ContactRepository contacts,
            Clock clock,
            ObjectProvider<CustomerFinder> finders) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.clock = clock;
        this.finders = finders;
    }

    public Organisation register(NewOrganisation details) {
        return organisations.save(Organisation.register(details, clock.instant()));
    }

    public Contact addContact(
            long organisationId, String firstName, String lastName, String jobTitle, String email, String phone) {
        return contacts.save(Contact.of(organisationId, firstName, lastName, jobTitle, email, phone));
    }

    /**
     * Adds a contact to an organisation ({@code contactId} null) or changes one; a malformed phone is refused on its
     * field, and {@code expectedVersion} guards against overwriting a colleague's change.
     */
    public Contact saveContact(long organisationId, Long contactId, int expectedVersion, ContactDetails details) {
        for (String field : new String[] {"phone", "mobile"}) {
            String number = "phone".equals(field) ? details.phone() : details.mobile();
            if (number != null && !number.isBlank() && !OrganisationChecks.isPhone(number)) {
                throw new CustomerRuleViolation(field, "customers.error.phone");
            }
        }
        Contact contact;
        if (contactId == null) {
            find(organisationId).orElseThrow(() -> new UnknownCustomer(String.valueOf(organisationId)));
            contact = Contact.of(organisationId, details.firstName(), details.lastName(), null, null, null);
        } else {
            contact = contacts.findById(contactId)
                    .filter(c -> c.getOrganisationId() == organisationId)
                    .orElseThrow(() -> new UnknownCustomer(organisationId + "/" + contactId));
            Versions.require("Contact " + contactId, contact.getVersion(), expectedVersion);
        }
        contact.change(details);
        return contacts.save(contact);
    }

    /** Contacts whose name or email contains the text, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Contact> searchContacts(String text, int limit) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : contacts.search(LikePattern.containing(trimmed), limit);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contactById(long contactId) {
        return contacts.findById(contactId);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> contact(long organisationId, long contactId) {
        return contacts.findById(contactId).filter(c -> c.getOrganisationId() == organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    /** The language the organisation's documents are written in: its first contact's ("fr" without contacts). */
    @Transactional(readOnly = true)
    public String documentLanguageOf(long organisationId) {
        return contacts.firstContactLanguage(organisationId).orElse("fr");
    }

    @Transactional(readOnly = true)
    public List<Contact> contactsOf(long organisationId) {
        return contacts.findByOrganisationIdOrderByLastName(organisationId);
    }

    /** The desk's page a search text designates by itself (a request reference), when a finder knows one. */
    @Transactional(readOnly = true)
    public Optional<String> deskPageFor(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        return finders.orderedStream()
                .map(finder -> finder.deskPageFor(trimmed))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Organisations whose name, trade name, city, email or phone contains the text, whose SIREN it is, one of whose
     * contacts has that name, email or phone, or that another module's finder designates (a request reference, say);
     * at most {@code limit}, by name.
     */
    @Transactional(readOnly = true)
    public List<Organisation> search(String text, int limit) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        String pattern = LikePattern.containing(trimmed.toLowerCase(Locale.ROOT));
        String digits = trimmed.replace(" ", "").replace(".", "");
        Set<Long> ids = new LinkedHashSet<>();
        finders.orderedStream().forEach(finder -> ids.addAll(finder.organisationsMatching(trimmed)));
        List<Organisation> found = new ArrayList<>(organisations.findAllById(ids));
        organisations.search(pattern, digits, LikePattern.containing(digits), limit).stream()
                .filter(o -> !ids.contains(o.getId()))
                .forEach(found::add);
        return found.stream().limit(limit).toList();
    }

    /** Organisations by name, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Organisation> all(int limit) {
        return organisations.findAllByName().stream().limit(limit).toList();
    }

    /** Organisation names by id, for the organisations that exist among {@code ids}. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organisations
                .findAllById(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> organisations() {
        return organisations.findAllByName().stream()
                .map(o -> new OrganisationRef(o.getId(), o.getName()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> organisation(long id) {
        return organisations.findById(id).map(o -> new OrganisationRef(o.getId(), o.getName()));
    }
}
