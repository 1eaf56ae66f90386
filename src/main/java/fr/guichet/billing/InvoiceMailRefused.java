package fr.guichet.billing;

import fr.guichet.shared.RuleViolation;

/** An invoice that cannot be mailed: its customer has no email address. */
public class InvoiceMailRefused extends RuleViolation {

    private final String customer;

    InvoiceMailRefused(String messageKey, String customer) {
        super(messageKey, "The invoice cannot be mailed to " + customer + ": no email address");
        this.customer = customer;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {customer};
    }
}
