package fr.guichet.catalogue;

/** A catalogue rule the change breaks; {@code field} is where the form shows {@code messageKey}. */
public class CatalogueRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CatalogueRuleViolation(String field, String messageKey) {
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
