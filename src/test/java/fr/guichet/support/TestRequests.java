package fr.guichet.support;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;

/** The requests the tests submit most often, written once. */
public final class TestRequests {

    private TestRequests() {}

    /** A request a customer writes on the portal: its subject, the text "Texte", category OTHER. */
    public static NewRequest fromPortal(UserAccount customer, String subject) {
        return fromPortal(customer, subject, "Texte");
    }

    /** A request a customer writes on the portal, category OTHER. */
    public static NewRequest fromPortal(UserAccount customer, String subject, String description) {
        return fromPortal(customer, subject, description, Category.OTHER);
    }

    /** A request a customer writes on the portal. */
    public static NewRequest fromPortal(UserAccount customer, String subject, String description, Category category) {
        return NewRequest.fromCustomer(subject, description, category, new AccountPrincipal(customer));
    }

    /**
     * A request a front-office agent records at the desk from a phone call, and so owns: the text "Texte", category
     * OTHER; {@code organisationId} may be null (no customer known).
     */
    public static NewRequest byPhone(UserAccount agent, Long organisationId, String requesterName, String subject) {
        return byPhone(agent, organisationId, requesterName, subject, "Texte");
    }

    /** A request a front-office agent records at the desk from a phone call, category OTHER. */
    public static NewRequest byPhone(
            UserAccount agent, Long organisationId, String requesterName, String subject, String description) {
        return new NewRequest(
                subject,
                description,
                Category.OTHER,
                Channel.PHONE,
                organisationId,
                null,
                requesterName,
                null,
                agent.getId());
    }

    /** The account as the actor of an act on a request. */
    public static Actor actorOf(UserAccount account) {
        return new Actor(account.getId(), account.getDisplayName());
    }
}
