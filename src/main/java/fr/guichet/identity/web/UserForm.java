package fr.guichet.identity.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.Language;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The user form of the back-office administration; the password is asked only when creating. */
record UserForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{identity.user.error.username-format}")
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String displayName,

        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.max-length}")
        String email,

        @NotNull(message = "{validation.required}") AccountKind kind,
        Set<Role> roles,
        Long teamId,
        Long siteId,
        Long customerOrganisationId,
        @NotNull(message = "{validation.required}") Language language,
        String password,
        int version) {

    static UserForm blank() {
        return new UserForm(
                "", "", "", AccountKind.STAFF, EnumSet.noneOf(Role.class), null, null, null, Language.FR, "", 0);
    }

    static UserForm of(UserAccount account) {
        return new UserForm(
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getKind(),
                account.getRoles(),
                account.getTeamId(),
                account.getSiteId(),
                account.getCustomerOrganisationId(),
                account.getLanguage(),
                "",
                account.getVersion());
    }

    UserProfile profile() {
        return new UserProfile(
                username,
                displayName,
                email,
                kind,
                roles == null ? Set.of() : roles,
                teamId,
                siteId,
                customerOrganisationId,
                language);
    }
}
