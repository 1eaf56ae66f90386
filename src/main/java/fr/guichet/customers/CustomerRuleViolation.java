package fr.guichet.customers;

/** A rule of the customer master data that a change breaks; {@code field} is where the form shows it. */
public class CustomerRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CustomerRuleViolation(String field, String messageKey) {
        super(messageKey + " on " + field);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
