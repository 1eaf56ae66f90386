package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A colleague's request to a back-office team (seed 000: colleagues are the back office's customers too). */
record InternalRequestForm(
        @NotNull(message = "{validation.required}") Category category,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String subject,

        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
        String description) {

    static InternalRequestForm blank() {
        return new InternalRequestForm(null, "", "");
    }
}
