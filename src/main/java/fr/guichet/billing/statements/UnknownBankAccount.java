package fr.guichet.billing.statements;

import fr.guichet.shared.NotFound;

/** No bank account of this id: answered 404. */
public class UnknownBankAccount extends NotFound {

    UnknownBankAccount(long id) {
        super("bank account", String.valueOf(id));
    }
}
