package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A customer's new request on the portal. */
record PortalRequestForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String subject,

        @NotNull(message = "{validation.required}") Category category,

        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
        String description) {

    static PortalRequestForm blank() {
        return new PortalRequestForm("", null, "");
    }
}
