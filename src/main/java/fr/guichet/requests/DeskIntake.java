package fr.guichet.requests;

import fr.guichet.customers.ContactDetails;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request recorded at the desk, with what the agent decided while recording it.
 *
 * @param details the request; its requester is replaced by the contact picked or added, when there is one
 * @param contactId the requester picked among the organisation's contacts
 * @param newContact the requester added on the spot as a new contact of the organisation
 * @param destination where it goes: as the routing rules say, kept at the front office, or to a team chosen
 * @param priority the priority chosen; none: the routing rule's
 * @param handOffNote the note for the team, required when it goes to one (the rule of every hand-off)
 * @param answer the answer given during the contact when it was settled at once; none otherwise
 * @param files the files attached at creation
 */
public record DeskIntake(
        NewRequest details,
        @Nullable Long contactId,
        @Nullable ContactDetails newContact,
        Destination destination,
        @Nullable Priority priority,
        @Nullable String handOffNote,
        @Nullable String answer,
        List<NewAttachment> files) {

    /** Where a request recorded at the desk goes. */
    public record Destination(Kind kind, @Nullable Long teamId) {

        public enum Kind {
            RULES,
            FRONT_OFFICE,
            TEAM
        }

        public static final Destination BY_RULES = new Destination(Kind.RULES, null);
        public static final Destination FRONT_OFFICE = new Destination(Kind.FRONT_OFFICE, null);

        public static Destination team(long teamId) {
            return new Destination(Kind.TEAM, teamId);
        }
    }
}
