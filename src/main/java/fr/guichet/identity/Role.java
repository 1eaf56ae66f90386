package fr.guichet.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do; the zones grant access by role. */
public enum Role {
    CUSTOMER,
    FRONT_OFFICE,
    BACK_OFFICE,
    TEAM_LEAD,
    /** Edits the public site, the company's identity, and publishes knowledge articles (with ADMIN). */
    WEBMASTER,
    /**
     * Sales administration and billing: drafts and sends quotes, validates invoices and credit notes, keeps the billing
     * settings (with ADMIN). Given to back-office staff on top of BACK_OFFICE.
     */
    BILLING,
    ADMIN;

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Set<Role> staffRoles() {
        return EnumSet.of(FRONT_OFFICE, BACK_OFFICE, TEAM_LEAD, WEBMASTER, BILLING, ADMIN);
    }
}
