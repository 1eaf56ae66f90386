package fr.guichet.catalogue;

import fr.guichet.shared.FieldRuleViolation;

/** A catalogue rule the change breaks; {@code field} is where the form shows {@code messageKey}. */
public class CatalogueRuleViolation extends FieldRuleViolation {

    public CatalogueRuleViolation(String field, String messageKey) {
        super(field, messageKey);
    }
}
