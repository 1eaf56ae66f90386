package fr.guichet.customers;

import fr.guichet.customers.internal.CustomerHistory;
import fr.guichet.customers.internal.OrganisationRepository;
import fr.guichet.identity.InvitationManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales administration's keeping of customer master data: identifiers checked (SIREN, SIRET and VAT number
 * consistent with each other), duplicates pointed out before a customer is created twice, every change recorded.
 */
@Service
@Transactional
public class CustomerMasterDataManagement {

    private final OrganisationRepository organisations;
    private final CustomerHistory history;
    private final OrganisationChecks checks;
    private final UserManagement users;
    private final InvitationManagement invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerMasterDataManagement(
            OrganisationRepository organisations,
            CustomerHistory history,
            OrganisationChecks checks,
            UserManagement users,
            InvitationManagement invitations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.history = history;
        this.checks = checks;
        this.users = users;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Organisations that share a SIREN, an email or a phone number with this profile (other than {@code id}). */
    @Transactional(readOnly = true)
    public List<Organisation> duplicatesOf(OrganisationProfile profile, Long id) {
        String siren = OrganisationChecks.sirenIfValid(profile);
        String email = profile.email() == null || profile.email().isBlank() ? null : profile.email();
        String phone = profile.phone() == null || profile.phone().isBlank() ? null : profile.phone();
        return organisations.sharingIdentifiers(
                siren == null ? "-" : siren,
                email == null ? "-" : email.strip().toLowerCase(Locale.ROOT),
                phone == null ? "-" : OrganisationChecks.phoneDigits(phone),
                id == null ? -1 : id);
    }

    public Organisation create(OrganisationProfile profile, String by) {
        OrganisationProfile checked = check(profile, null);
        Instant now = clock.instant();
        Organisation organisation = Organisation.register(
                new NewOrganisation(
                        checked.name(),
                        checked.tradeName(),
                        checked.kind(),
                        checked.status(),
                        checked.siren(),
                        checked.segment(),
                        checked.address(),
                        checked.phone(),
                        checked.email()),
                now);
        organisation.apply(checked);
        Organisation saved = organisations.save(organisation);
        history.record(saved.getId(), List.of(new FieldChange("created", null, saved.getName())), by, now);
        return saved;
    }

    /** Changes an organisation; {@code expectedVersion} is the one read, so that nobody overwrites another's change. */
    public Organisation update(long id, int expectedVersion, OrganisationProfile profile, String by) {
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new UnknownCustomer(String.valueOf(id)));
        Versions.require("Organisation " + id, organisation.getVersion(), expectedVersion);
        List<FieldChange> changes = organisation.apply(check(profile, id));
        if (changes.isEmpty()) {
            return organisation;
        }
        Organisation saved = organisations.save(organisation);
        history.record(id, changes, by, clock.instant());
        return saved;
    }

    /**
     * Merges the duplicate {@code mergedId} into {@code keptId}: its contacts, portal accounts, history and, through
     * {@link CustomersMerged}, every other module's records move to the kept customer, whose empty fields take the
     * duplicate's values; then the duplicate is deleted.
     */
    public Organisation merge(long keptId, long mergedId, String by) {
        if (keptId == mergedId) {
            throw new CustomerRuleViolation("mergedId", "customers.error.merge-self");
        }
        Organisation kept =
                organisations.findById(keptId).orElseThrow(() -> new UnknownCustomer(String.valueOf(keptId)));
        Organisation merged =
                organisations.findById(mergedId).orElseThrow(() -> new UnknownCustomer(String.valueOf(mergedId)));
        Instant now = clock.instant();
        OrganisationProfile filled = new OrganisationProfile(
                kept.getName(),
                firstOf(kept.getTradeName(), merged.getTradeName()),
                kept.getKind(),
                kept.getStatus(),
                firstOf(kept.getSiren(), merged.getSiren()),
                firstOf(kept.getSiret(), merged.getSiret()),
                firstOf(kept.getVatNumber(), merged.getVatNumber()),
                firstOf(kept.getSegment(), merged.getSegment()),
                kept.getAddress() != null && !kept.getAddress().isEmpty() ? kept.getAddress() : merged.getAddress(),
                kept.getDeliveryAddress() != null ? kept.getDeliveryAddress() : merged.getDeliveryAddress(),
                firstOf(kept.getPhone(), merged.getPhone()),
                firstOf(kept.getEmail(), merged.getEmail()),
                kept.getAccountManagerId() != null ? kept.getAccountManagerId() : merged.getAccountManagerId(),
                kept.getNotes() == null ? merged.getNotes() : kept.getNotes());
        organisations.moveRecords(mergedId, keptId);
        users.moveCustomerOrganisation(mergedId, keptId);
        invitations.moveOrganisation(mergedId, keptId);
        events.publishEvent(new CustomersMerged(keptId, mergedId));
        organisations.deleteById(mergedId);
        List<FieldChange> changes = new ArrayList<>(kept.apply(filled));
        changes.add(0, new FieldChange("merged", merged.getName(), kept.getName()));
        Organisation saved = organisations.save(kept);
        history.record(keptId, changes, by, now);
        return saved;
    }

    private static String firstOf(String mine, String theirs) {
        return mine != null && !mine.isBlank() ? mine : theirs;
    }

    @Transactional(readOnly = true)
    public List<CustomerHistory.Entry> history(long id) {
        return history.of(id, 200);
    }

    /** See {@link OrganisationChecks#check}. */
    OrganisationProfile check(OrganisationProfile profile, Long id) {
        return checks.check(profile, id);
    }
}
