package fr.guichet.requests.web;

import fr.guichet.customers.ContactDetails;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.DeskIntake.Destination;
import fr.guichet.requests.Priority;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request recorded at the desk from a call, a visit at the counter or an email: the requester picked among the
 * organisation's contacts ({@code contactId}) or typed (and {@code addContact}: added as a new contact), the
 * priority (none: the routing rule's), where it goes ({@code destination}: empty for the rules, {@code front} for
 * the front office, or a team's id) with the note for the team.
 */
record DeskIntakeForm(
        Long organisationId,
        Long contactId,

        @Size(max = 120, message = "{validation.max-length}")
        String requesterName,

        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.max-length}")
        String requesterEmail,

        @Size(max = 30, message = "{validation.max-length}") String requesterPhone,
        Boolean addContact,
        @NotNull(message = "{validation.required}") Channel channel,
        @NotNull(message = "{validation.required}") Category category,
        Priority priority,
        String destination,

        @Size(max = 20000, message = "{validation.max-length}")
        String handOffNote,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String subject,

        @NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max-length}")
        String description,

        Boolean resolvedNow,

        @Size(max = 20000, message = "{validation.max-length}")
        String answer) {

    static final String FRONT_OFFICE = "front";

    static DeskIntakeForm blank(Long organisationId) {
        return new DeskIntakeForm(
                organisationId, null, "", "", "", Boolean.FALSE, Channel.PHONE, null, null, "", "", "", "", false, "");
    }

    /** Where the agent sends it; a destination that is no team id counts as the rules'. */
    Destination chosenDestination() {
        if (destination == null || destination.isBlank()) {
            return Destination.BY_RULES;
        }
        if (FRONT_OFFICE.equals(destination)) {
            return Destination.FRONT_OFFICE;
        }
        try {
            return Destination.team(Long.parseLong(destination.strip()));
        } catch (NumberFormatException notATeam) {
            return Destination.BY_RULES;
        }
    }

    /** Settled at once (a client that leaves the box out, as no browser does, has not settled it). */
    boolean settlesNow() {
        return Boolean.TRUE.equals(resolvedNow);
    }

    boolean addsContact() {
        return Boolean.TRUE.equals(addContact);
    }

    boolean typesRequester() {
        return contactId == null;
    }

    /**
     * The requester typed, as a new contact: the last word of the name is the last name. Null when the name has a
     * single word (refused on the field).
     */
    ContactDetails newContact() {
        String name = requesterName == null ? "" : requesterName.strip();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        return new ContactDetails(
                name.substring(0, space).strip(),
                name.substring(space + 1),
                null,
                blankToNull(requesterEmail),
                blankToNull(requesterPhone),
                null,
                null,
                null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
