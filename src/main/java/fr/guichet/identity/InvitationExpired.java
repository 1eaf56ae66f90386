package fr.guichet.identity;

/** The invitation link was already used, has expired, or never existed. */
public class InvitationExpired extends RuntimeException {

    public InvitationExpired() {
        super("This invitation can no longer be accepted");
    }
}
