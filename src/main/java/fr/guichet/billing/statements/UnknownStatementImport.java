package fr.guichet.billing.statements;

import fr.guichet.shared.NotFound;

/** No statement import of this id: answered 404. */
public class UnknownStatementImport extends NotFound {

    UnknownStatementImport(long id) {
        super("statement import", String.valueOf(id));
    }
}
