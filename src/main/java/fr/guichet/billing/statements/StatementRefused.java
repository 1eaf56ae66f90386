package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;

/**
 * A statement file that cannot be imported, and why, in words for the clerk (the line or entry at fault): unknown
 * format, broken XML, CSV lines that do not fit the account's layout, another account's statement, an amount with
 * more than two decimals. Nothing of the file is imported.
 */
public class StatementRefused extends BillingRuleViolation {

    StatementRefused(String messageKey, Object... arguments) {
        super("file", messageKey, arguments);
    }
}
