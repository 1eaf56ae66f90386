package fr.guichet.billing.statements;

import fr.guichet.billing.payments.NewAllocation;
import java.util.List;

/**
 * A match of a credit entry: the customer who paid, what of the entry goes to which invoice (the rest is the
 * customer's credit), and the sentence that explains it (a message key and its arguments).
 */
record MatchProposal(long organisationId, List<NewAllocation> shares, String explanationKey, List<String> arguments) {

    MatchProposal {
        shares = List.copyOf(shares);
        arguments = List.copyOf(arguments);
    }
}
