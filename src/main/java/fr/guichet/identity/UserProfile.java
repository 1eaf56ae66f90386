package fr.guichet.identity;

import fr.guichet.shared.Language;
import java.util.Set;

/** What an administrator decides about a user, apart from the password. */
public record UserProfile(
        String username,
        String displayName,
        String email,
        AccountKind kind,
        Set<Role> roles,
        Long teamId,
        Long siteId,
        Long customerOrganisationId,
        Language language) {

    public static UserProfile staff(
            String username, String displayName, String email, Set<Role> roles, Long teamId, Long siteId) {
        return new UserProfile(
                username, displayName, email, AccountKind.STAFF, roles, teamId, siteId, null, Language.FR);
    }

    public static UserProfile customer(String username, String displayName, String email, Long organisationId) {
        return new UserProfile(
                username,
                displayName,
                email,
                AccountKind.CUSTOMER,
                Set.of(Role.CUSTOMER),
                null,
                null,
                organisationId,
                Language.FR);
    }

    public UserProfile withLanguage(Language newLanguage) {
        return new UserProfile(
                username, displayName, email, kind, roles, teamId, siteId, customerOrganisationId, newLanguage);
    }
}
