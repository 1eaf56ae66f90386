package fr.guichet.zones.internal;

import fr.guichet.shared.TextInput;
import fr.guichet.shared.TextInputEditor;
import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page sends (form fields and request parameters of every controller) is normalised where it enters
 * ({@link TextInput}): NFC, no control characters, line breaks as {@code \n}. JSON bodies get the same through
 * {@link TextInputDeserializer}. A controller of password forms binds them as typed instead (ADR 0014).
 *
 * <p>A form (a record bound through its constructor) that receives a value none of a choice's options has — only a
 * hand-made request can — gets no value for that choice: a required one is then refused next to its field, an
 * optional one left unchosen, and everything else typed is kept. Without this, one unknown value would leave the whole
 * form unbuilt and the page unable to show it again.
 */
@ControllerAdvice
class TextInputBinding {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextInputEditor.normalising());
        ResolvableType target = binder.getTargetType();
        Class<?> form = target == null ? null : target.resolve();
        if (form != null && form.isRecord()) {
            Arrays.stream(form.getRecordComponents())
                    .map(RecordComponent::getType)
                    .filter(Class::isEnum)
                    .distinct()
                    .forEach(choice -> registerLenient(binder, choice));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerLenient(WebDataBinder binder, Class<?> choice) {
        binder.registerCustomEditor(choice, new UnknownOptionIsNone((Class<? extends Enum>) choice));
    }

    /** A choice's option by its name; a name no option has is no choice. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class UnknownOptionIsNone extends PropertyEditorSupport {

        private final Class<? extends Enum> options;

        UnknownOptionIsNone(Class<? extends Enum> options) {
            this.options = options;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String name = text.strip();
            setValue(Arrays.stream(options.getEnumConstants())
                    .filter(option ->
                            option.name().equals(name) || option.name().equals(name.toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : ((Enum<?>) getValue()).name();
        }
    }
}
