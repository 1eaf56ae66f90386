package fr.guichet.identity.web;

import fr.guichet.identity.Office;
import fr.guichet.identity.Team;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record TeamForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z0-9 _-]{2,40}", message = "{admin.error.code-format}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.max-length}")
        String name,

        @NotNull(message = "{validation.required}") Office office,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String email,

        Boolean answersCustomers,

        Boolean autoAssign,

        int version) {

    static TeamForm blank() {
        return new TeamForm("", "", Office.BACK_OFFICE, "", false, false, 0);
    }

    static TeamForm of(Team team) {
        return new TeamForm(
                team.getCode(),
                team.getName(),
                team.getOffice(),
                team.getEmail(),
                team.isAnswersCustomers(),
                team.isAutoAssign(),
                team.getVersion());
    }
}
