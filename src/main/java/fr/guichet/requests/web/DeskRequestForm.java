package fr.guichet.requests.web;

import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request recorded at the desk from a call, a visit at the counter or an email. */
record DeskRequestForm(
        Long organisationId,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String requesterName,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String requesterEmail,

        @NotNull(message = "{validation.required}") Channel channel,
        @NotNull(message = "{validation.required}") Category category,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String subject,

        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
        String description,

        boolean resolvedNow,

        @Size(max = 20000, message = "{validation.max-length}")
        String answer) {

    static DeskRequestForm blank(Long organisationId) {
        return new DeskRequestForm(organisationId, "", "", Channel.PHONE, null, "", "", false, "");
    }
}
