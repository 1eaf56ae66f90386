package fr.guichet.identity;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person or a program that signs in to Guichet. Guards its own consistency: a customer user belongs to an
 * organisation and holds only the CUSTOMER role; staff hold only staff roles.
 */
@Table("identity_user")
public class UserAccount {

    private @Id Long id;
    private String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private AccountKind kind;
    private Long teamId;
    private Long siteId;
    private Long customerOrganisationId;
    private boolean enabled;
    private boolean mustChangePassword;
    private String preferredLanguage;
    private Instant createdAt;
    private Instant lastLoginAt;
    /** At work today (said by the staff member in the app); automatic assignment passes over the absent. */
    private boolean present = true;

    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;

    private @Version int version;

    @PersistenceCreator
    UserAccount(
            Long id,
            String username,
            String displayName,
            String email,
            String passwordHash,
            AccountKind kind,
            Long teamId,
            Long siteId,
            Long customerOrganisationId,
            boolean enabled,
            boolean mustChangePassword,
            String preferredLanguage,
            Instant createdAt,
            Instant lastLoginAt,
            Set<RoleGrant> roles,
            int version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.kind = kind;
        this.teamId = teamId;
        this.siteId = siteId;
        this.customerOrganisationId = customerOrganisationId;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
        this.lastLoginAt = lastLoginAt;
        this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
        this.version = version;
    }

    /** A new account; its password must be changed at first login when {@code mustChangePassword}. */
    public static UserAccount create(
            UserProfile profile, String passwordHash, boolean mustChangePassword, Instant now) {
        UserAccount account = new UserAccount(
                null,
                normaliseUsername(profile.username()),
                null,
                null,
                passwordHash,
                profile.kind(),
                null,
                null,
                null,
                true,
                mustChangePassword,
                profile.language().code(),
                now,
                null,
                Set.of(),
                0);
        account.applyProfile(profile);
        return account;
    }

    /** Changes what an administrator edits: name, email, kind, roles, team, site, organisation, language. */
    public void applyProfile(UserProfile profile) {
        checkConsistent(profile);
        this.username = normaliseUsername(profile.username());
        this.displayName = profile.displayName().strip();
        this.email = profile.email().strip().toLowerCase(Locale.ROOT);
        this.kind = profile.kind();
        this.teamId = profile.kind() == AccountKind.STAFF ? profile.teamId() : null;
        this.siteId = profile.kind() == AccountKind.STAFF ? profile.siteId() : null;
        this.customerOrganisationId = profile.kind() == AccountKind.CUSTOMER ? profile.customerOrganisationId() : null;
        this.preferredLanguage = profile.language().code();
        this.roles = profile.roles().stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
    }

    private static void checkConsistent(UserProfile profile) {
        Set<Role> roles = profile.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(profile.roles());
        switch (profile.kind()) {
            case CUSTOMER -> {
                if (profile.customerOrganisationId() == null) {
                    throw new AccountRuleViolation(
                            "customerOrganisationId", "identity.user.error.organisation-required");
                }
                if (!roles.equals(EnumSet.of(Role.CUSTOMER))) {
                    throw new AccountRuleViolation("roles", "identity.user.error.customer-roles");
                }
            }
            case STAFF, INTEGRATION -> {
                if (profile.kind() == AccountKind.INTEGRATION && profile.teamId() != null) {
                    // teams are people: a member is assigned requests and alerted
                    throw new AccountRuleViolation("teamId", "identity.user.error.integration-team");
                }
                if (roles.isEmpty()) {
                    throw new AccountRuleViolation("roles", "identity.user.error.roles-required");
                }
                if (roles.contains(Role.CUSTOMER)) {
                    throw new AccountRuleViolation("roles", "identity.user.error.staff-roles");
                }
            }
        }
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** An administrator sets a temporary password: the user must choose a new one at next login. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    /** The user chose a new password. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** The customer organisation this portal account belongs to was merged into another one. */
    public void moveToOrganisation(long organisationId) {
        if (kind == AccountKind.CUSTOMER) {
            customerOrganisationId = organisationId;
        }
    }

    public void changePresence(boolean present) {
        this.present = present;
    }

    public boolean isPresent() {
        return present;
    }

    public void changeLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    public boolean canSignInInteractively() {
        return kind != AccountKind.INTEGRATION;
    }

    static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountKind getKind() {
        return kind;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getCustomerOrganisationId() {
        return customerOrganisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Language getLanguage() {
        return Language.ofCode(preferredLanguage);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> result.add(grant.role()));
        return result;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public int getVersion() {
        return version;
    }

    /** One role held by a user (a row of identity_user_role). */
    @Table("identity_user_role")
    record RoleGrant(Role role) {}
}
