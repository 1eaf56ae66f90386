package fr.guichet.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as the security context holds it (and as the shared session stores it). Keeps what pages
 * need without a database round trip: name, kind, team, site, organisation, language.
 */
public class AccountPrincipal extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String displayName;
    private final AccountKind kind;
    private final Long teamId;
    private final Long siteId;
    private final Long customerOrganisationId;
    private final String language;
    private final boolean mustChangePassword;

    public AccountPrincipal(UserAccount account) {
        this(account, account.isMustChangePassword());
    }

    private AccountPrincipal(UserAccount account, boolean mustChangePassword) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                true,
                true,
                true,
                authorities(account.getRoles()));
        this.id = account.getId();
        this.displayName = account.getDisplayName();
        this.kind = account.getKind();
        this.teamId = account.getTeamId();
        this.siteId = account.getSiteId();
        this.customerOrganisationId = account.getCustomerOrganisationId();
        this.language = account.getLanguage().code();
        this.mustChangePassword = mustChangePassword;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .collect(Collectors.toList());
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
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

    public String getLanguage() {
        return language;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /**
     * Whether this account keeps the back office's master data (customers, contracts, catalogue): back-office staff
     * and administrators, never a customer's account. The one rule the pages and every API share.
     */
    public boolean keepsMasterData() {
        return getKind() != AccountKind.CUSTOMER && (hasRole(Role.BACK_OFFICE) || hasRole(Role.ADMIN));
    }

    /**
     * Refuses a change of master data to an account that does not keep them, saying which roles it has and needs.
     *
     * @throws MasterDataRefused unless {@link #keepsMasterData()}
     */
    public void requireKeepsMasterData() {
        if (!keepsMasterData()) {
            throw new MasterDataRefused(this);
        }
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
