package fr.guichet.identity;

/** What a user may do; the zones grant access by role. */
public enum Role {
    CUSTOMER,
    FRONT_OFFICE,
    BACK_OFFICE,
    TEAM_LEAD,
    ADMIN;

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static java.util.Set<Role> staffRoles() {
        return java.util.EnumSet.of(FRONT_OFFICE, BACK_OFFICE, TEAM_LEAD, ADMIN);
    }
}
