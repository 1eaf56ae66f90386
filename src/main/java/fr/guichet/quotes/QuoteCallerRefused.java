package fr.guichet.quotes;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.CallerRefused;

/** The account may not do this to quotes (draft or send them, record an acceptance): 403 naming its roles. */
public class QuoteCallerRefused extends CallerRefused {

    public QuoteCallerRefused(String messageKey, AccountPrincipal caller) {
        super(messageKey, "quotes: " + messageKey + " refused to " + caller.getUsername(), caller);
    }
}
