package fr.guichet.identity;

import fr.guichet.identity.internal.LoginThrottle;
import fr.guichet.identity.internal.SiteRepository;
import fr.guichet.identity.internal.TeamRepository;
import fr.guichet.identity.internal.UserAccountRepository;
import fr.guichet.identity.internal.UserQueries;
import fr.guichet.shared.Language;
import fr.guichet.shared.Versions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes user accounts; the public face of identity for users. */
@Service
@Transactional
public class UserManagement {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final TeamRepository teams;
    private final SiteRepository sites;
    private final ObjectProvider<CustomerOrganisationDirectory> organisations;
    private final UserQueries queries;

    UserManagement(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle,
            TeamRepository teams,
            SiteRepository sites,
            ObjectProvider<CustomerOrganisationDirectory> organisations,
            UserQueries queries) {
        this.users = users;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
        this.teams = teams;
        this.sites = sites;
        this.organisations = organisations;
    }

    /** The team, the site and the customer organisation an account names exist: a field error, not a database one. */
    private void checkReferences(UserProfile profile) {
        if (profile.teamId() != null && !teams.existsById(profile.teamId())) {
            throw new AccountRuleViolation("teamId", "identity.user.error.unknown-team");
        }
        if (profile.siteId() != null && !sites.existsById(profile.siteId())) {
            throw new AccountRuleViolation("siteId", "identity.user.error.unknown-site");
        }
        CustomerOrganisationDirectory directory = organisations.getIfAvailable();
        if (profile.customerOrganisationId() != null
                && directory != null
                && directory.organisation(profile.customerOrganisationId()).isEmpty()) {
            throw new AccountRuleViolation("customerOrganisationId", "identity.user.error.unknown-organisation");
        }
    }

    /**
     * Creates an account with a password chosen by an administrator: the user must change it at first login.
     *
     * @throws AccountRuleViolation when the username is taken, the password too weak or the profile inconsistent
     */
    public UserAccount create(UserProfile profile, String initialPassword) {
        checkPassword(initialPassword, profile.username());
        return createWithHash(profile, passwordEncoder.encode(initialPassword), true);
    }

    /** Creates an account with the password its owner chose (an accepted invitation): no change asked at first login. */
    public UserAccount createWithOwnPassword(UserProfile profile, String password) {
        checkPassword(password, profile.username());
        return createWithHash(profile, passwordEncoder.encode(password), false);
    }

    /** Creates an account whose password hash is already computed (demo data: one hash for many users). */
    public UserAccount createWithHash(UserProfile profile, String passwordHash, boolean mustChangePassword) {
        checkReferences(profile);
        if (users.existsByUsername(UserAccount.normaliseUsername(profile.username()))) {
            throw new AccountRuleViolation("username", "identity.user.error.username-taken");
        }
        UserAccount saved = users.save(UserAccount.create(profile, passwordHash, mustChangePassword, clock.instant()));
        events.publishEvent(new UserAccountCreated(saved.getId(), saved.getUsername(), saved.getKind()));
        return saved;
    }

    /** Creates an account for a program that only calls the API: it has no usable password. */
    public UserAccount createIntegration(UserProfile profile) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String unusable = passwordEncoder.encode(Base64.getEncoder().encodeToString(random));
        return createWithHash(profile, unusable, false);
    }

    public UserAccount update(long id, int expectedVersion, UserProfile profile) {
        UserAccount account = get(id);
        checkVersion(account, expectedVersion);
        if (!account.getUsername().equals(UserAccount.normaliseUsername(profile.username()))
                && users.existsByUsername(UserAccount.normaliseUsername(profile.username()))) {
            throw new AccountRuleViolation("username", "identity.user.error.username-taken");
        }
        checkReferences(profile);
        String usernameBefore = account.getUsername();
        Access before = Access.of(account);
        account.applyProfile(profile);
        UserAccount saved = users.save(account);
        if (!Access.of(saved).equals(before)) {
            events.publishEvent(new UserAccessChanged(saved.getId(), usernameBefore));
        }
        return saved;
    }

    /** What an account may reach: a change of any of it ends the account's sessions. */
    private record Access(AccountKind kind, Set<Role> roles, Long teamId, Long organisationId, String username) {

        static Access of(UserAccount account) {
            return new Access(
                    account.getKind(),
                    Set.copyOf(account.getRoles()),
                    account.getTeamId(),
                    account.getCustomerOrganisationId(),
                    account.getUsername());
        }
    }

    public void disable(long id) {
        UserAccount account = get(id);
        account.disable();
        users.save(account);
        events.publishEvent(new UserAccountDisabled(account.getId(), account.getUsername()));
    }

    public void enable(long id) {
        UserAccount account = get(id);
        account.enable();
        users.save(account);
    }

    /** An administrator sets a temporary password; the user's sessions end and a new password is asked at login. */
    public void resetPassword(long id, String temporaryPassword) {
        UserAccount account = get(id);
        checkPassword(temporaryPassword, account.getUsername());
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        users.save(account);
        events.publishEvent(new UserPasswordReset(account.getId(), account.getUsername()));
    }

    /**
     * The user changes their own password, from the session {@code keptSessionId}: their other sessions end. A wrong
     * current password counts as a failed login of the account from that client, and the check is refused while
     * login throttling holds the account or the client back (ADR 0012).
     *
     * @throws AccountRuleViolation on the field "currentPassword" when the current password is wrong or may not be
     *     checked now, or on "newPassword" when the new one breaks the policy
     */
    public UserAccount changeOwnPassword(
            String username, String currentPassword, String newPassword, LoginClient from, String keptSessionId) {
        UserAccount account = users.findByUsername(UserAccount.normaliseUsername(username))
                .orElseThrow(() -> new UnknownAccount(username));
        LoginThrottle.Client client = throttle.client(account.getUsername(), from);
        if (throttle.refusedUntil(account.getUsername(), client).isPresent()) {
            throw new AccountRuleViolation("currentPassword", "identity.password.error.throttled");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.record(account.getUsername(), client, false);
            throw new AccountRuleViolation("currentPassword", "identity.password.error.current-wrong");
        }
        PasswordPolicy.violation(newPassword, username).ifPresent(key -> {
            throw new AccountRuleViolation("newPassword", key);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountRuleViolation("newPassword", "identity.password.error.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        UserAccount saved = users.save(account);
        events.publishEvent(new UserPasswordChanged(saved.getId(), saved.getUsername(), keptSessionId));
        return saved;
    }

    /** A customer organisation was merged into another: its portal accounts follow it. */
    public void moveCustomerOrganisation(long fromOrganisationId, long toOrganisationId) {
        for (UserAccount account : ofOrganisation(fromOrganisationId)) {
            account.moveToOrganisation(toOrganisationId);
            users.save(account);
        }
    }

    @Transactional(readOnly = true)
    public boolean isPresent(long id) {
        return Boolean.TRUE.equals(users.presentById(id));
    }

    /** The ids of the enabled staff members with this role who are present today, oldest account first. */
    @Transactional(readOnly = true)
    public List<Long> presentStaffWith(Role role) {
        return users.presentStaffWithRole(role.name());
    }

    /** A staff member says they are at work, or away (automatic assignment then passes over them). */
    public void changePresence(long id, boolean present) {
        UserAccount account = get(id);
        if (account.isPresent() != present) {
            account.changePresence(present);
            users.save(account);
        }
    }

    public void changeLanguage(String username, Language language) {
        users.findByUsername(UserAccount.normaliseUsername(username)).ifPresent(account -> {
            if (account.getLanguage() != language) {
                account.changeLanguage(language);
                users.save(account);
            }
        });
    }

    /** The account, if there is one by this id (nothing thrown: a caller's transaction is left as it was). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new UnknownAccount(String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(UserAccount.normaliseUsername(username));
    }

    /** The oldest enabled account with this email address (addresses are not unique across accounts). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return email == null
                ? Optional.empty()
                : users.findFirstByEmailAndEnabledTrueOrderById(email.strip().toLowerCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAllOrdered();
    }

    /** One page of the accounts that match, with the counts each filter shows (ADR 0022). */
    @Transactional(readOnly = true)
    public UserPage search(UserSearch search) {
        Map<AccountKind, Long> byKind = new EnumMap<>(AccountKind.class);
        Map<UserSearch.Status, Long> byStatus = new EnumMap<>(UserSearch.Status.class);
        long total = 0;
        for (UserQueries.Cell cell : queries.counts(search)) {
            boolean statusMatches = search.status() == null || search.status().matches(cell.enabled());
            boolean kindMatches = search.kind() == null || search.kind() == cell.kind();
            if (statusMatches) {
                byKind.merge(cell.kind(), cell.count(), Long::sum);
            }
            if (kindMatches) {
                byStatus.merge(
                        cell.enabled() ? UserSearch.Status.ACTIVE : UserSearch.Status.DISABLED,
                        cell.count(),
                        Long::sum);
            }
            if (statusMatches && kindMatches) {
                total += cell.count();
            }
        }
        // A page past the last one (a bookmark, a filter narrowed since) shows the last one.
        int lastPage = (int) Math.max(1, (total + UserSearch.PAGE_SIZE - 1) / UserSearch.PAGE_SIZE);
        if (search.page() > lastPage) {
            search = new UserSearch(
                    search.text(), search.kind(), search.teamId(), search.role(), search.status(), lastPage);
        }
        List<Long> ids = queries.page(search);
        Map<Long, UserAccount> found = new HashMap<>();
        users.findAllById(ids).forEach(account -> found.put(account.getId(), account));
        List<UserAccount> page =
                ids.stream().map(found::get).filter(Objects::nonNull).toList();
        return new UserPage(page, search, total, byKind, byStatus);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> ofOrganisation(long organisationId) {
        return users.findByCustomerOrganisationId(organisationId);
    }

    /** Display names by account id, for the accounts that exist among {@code ids}. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        users.findAllById(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(account -> names.put(account.getId(), account.getDisplayName()));
        return names;
    }

    /** The enabled members of a team, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> membersOf(long teamId) {
        return users.findByTeamIdAndEnabledTrueOrderByDisplayName(teamId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    private static void checkPassword(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new AccountRuleViolation("password", key);
        });
    }

    private static void checkVersion(UserAccount account, int expectedVersion) {
        Versions.require("User " + account.getId(), account.getVersion(), expectedVersion);
    }
}
