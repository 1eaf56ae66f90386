package fr.guichet.website;

import fr.guichet.requests.Category;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The public contact form. {@code website} is a honeypot: hidden from people, filled in by robots.
 */
record ContactForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @NotBlank(message = "{validation.required}")
        @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.max-length}")
        String email,

        @NotNull(message = "{validation.required}") Category category,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String subject,

        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.max-length}")
        String message,

        String website) {

    static ContactForm blank() {
        return new ContactForm("", "", null, "", "", "");
    }
}
