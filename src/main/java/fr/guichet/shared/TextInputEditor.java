package fr.guichet.shared;

import java.beans.PropertyEditorSupport;

/** How form fields and request parameters become text: normalised ({@link TextInput}), or as typed for passwords. */
public final class TextInputEditor extends PropertyEditorSupport {

    private final boolean normalise;

    private TextInputEditor(boolean normalise) {
        this.normalise = normalise;
    }

    /** Normalised, line breaks kept as {@code \n}: form fields are not told apart when they are bound. */
    public static TextInputEditor normalising() {
        return new TextInputEditor(true);
    }

    /** Exactly as typed: passwords, which the sign-in compares as it receives them. */
    public static TextInputEditor asTyped() {
        return new TextInputEditor(false);
    }

    @Override
    public void setAsText(String text) {
        setValue(normalise ? TextInput.normalise(text, true) : text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
