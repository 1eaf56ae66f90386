package fr.guichet.zones.internal;

import fr.guichet.shared.TextInput;
import fr.guichet.shared.TextInputEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page sends (form fields and request parameters of every controller) is normalised where it enters
 * ({@link TextInput}): NFC, no control characters, line breaks as {@code \n}. JSON bodies get the same through
 * {@link TextInputDeserializer}. A controller of password forms binds them as typed instead (ADR 0014).
 */
@ControllerAdvice
class TextInputBinding {

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextInputEditor.normalising());
    }
}
