package fr.guichet.counter;

/** A counter setting refused, with the field at fault (shown next to it). */
public class CounterFieldViolation extends CounterRuleViolation {

    private final String field;

    public CounterFieldViolation(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
