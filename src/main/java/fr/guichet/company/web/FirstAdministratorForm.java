package fr.guichet.company.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator of a fresh install, with the set-up code from the log. */
record FirstAdministratorForm(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.max-length}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String displayName,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "{identity.user.error.username-format}")
        String username,

        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.max-length}")
        String email,

        @NotBlank(message = "{validation.required}") String password,
        String confirmation) {

    static FirstAdministratorForm blank() {
        return new FirstAdministratorForm("", "", "", "", "", "");
    }
}
