package fr.guichet.identity;

/** A change to an account that breaks one of its rules; {@code field} names the form field at fault. */
public class AccountRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRuleViolation(String field, String messageKey) {
        super(messageKey);
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
