package fr.guichet.zones;

import fr.guichet.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** A URL space of Guichet, the roles that may enter it, and its layout. */
public enum Zone {
    PUBLIC("/", "zones/layout/public", EnumSet.noneOf(Role.class)),
    PORTAL("/portal", "zones/layout/portal", EnumSet.of(Role.CUSTOMER)),
    DESK("/desk", "zones/layout/desk", EnumSet.of(Role.FRONT_OFFICE, Role.ADMIN)),
    BACK("/back", "zones/layout/back", EnumSet.of(Role.BACK_OFFICE, Role.TEAM_LEAD, Role.WEBMASTER, Role.ADMIN)),
    API("/api", "zones/layout/public", EnumSet.noneOf(Role.class));

    private final String root;
    private final String layout;
    private final Set<Role> roles;

    Zone(String root, String layout, Set<Role> roles) {
        this.root = root;
        this.layout = layout;
        this.roles = roles;
    }

    public String root() {
        return root;
    }

    /** The Thymeleaf template holding the layout of this zone's pages. */
    public String layout() {
        return layout;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The zone a path belongs to; the public site for anything outside the four others. */
    public static Zone ofPath(String path) {
        if (path == null) {
            return PUBLIC;
        }
        for (Zone zone : values()) {
            if (zone != PUBLIC && (path.equals(zone.root) || path.startsWith(zone.root + "/"))) {
                return zone;
            }
        }
        return PUBLIC;
    }

    /** Whether a user with these authorities may enter this zone. */
    public boolean admits(Authentication authentication) {
        if (roles.isEmpty()) {
            return true;
        }
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority ->
                                roles.stream().anyMatch(r -> r.authority().equals(authority)));
    }

    /**
     * Where a user lands after login: customers in the portal, administrators in the back office, front-office
     * staff (their team lead too) at the desk, back-office staff and their team leads in the back office.
     */
    public static Zone homeOf(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (authorities.contains(Role.CUSTOMER.authority())) {
            return PORTAL;
        }
        if (authorities.contains(Role.ADMIN.authority())) {
            return BACK;
        }
        if (authorities.contains(Role.FRONT_OFFICE.authority())) {
            return DESK;
        }
        if (authorities.contains(Role.BACK_OFFICE.authority()) || authorities.contains(Role.TEAM_LEAD.authority())) {
            return BACK;
        }
        return PUBLIC;
    }
}
