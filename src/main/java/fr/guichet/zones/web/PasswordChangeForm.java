package fr.guichet.zones.web;

import jakarta.validation.constraints.NotBlank;

/** The password change form; passwords are never sent back to the browser. */
record PasswordChangeForm(
        @NotBlank(message = "{validation.required}") String currentPassword,
        @NotBlank(message = "{validation.required}") String newPassword,
        @NotBlank(message = "{validation.required}") String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }
}
