package fr.guichet.contracts;

/** A contract rule that a change breaks; {@code field} is where the form shows it. */
public class ContractRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ContractRuleViolation(String field, String messageKey) {
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
