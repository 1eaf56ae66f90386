package fr.guichet.billing.statements;

import fr.guichet.shared.NotFound;

/** No statement entry of this id: answered 404. */
public class UnknownStatementEntry extends NotFound {

    UnknownStatementEntry(long id) {
        super("statement entry", String.valueOf(id));
    }
}
