package fr.guichet.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form record that Spring could not even build (a customer id "abc", a method that is none): the form is shown again
 * from a blank one, each field that could not be read marked next to it ("typeMismatch"), never a server error.
 */
public final class FormRecovery {

    private FormRecovery() {}

    /**
     * When the form could not be built (null, or a binding result without its target), puts it (or {@code blank}) in
     * the model under {@code name} with the failed fields' errors; answers the form to use.
     */
    public static <T> T recover(Model model, String name, T form, BindingResult failed, T blank) {
        if (form != null && failed.getTarget() != null) {
            return form;
        }
        T shown = form != null ? form : blank;
        BindingResult errors = new BeanPropertyBindingResult(shown, name);
        for (FieldError error : failed.getFieldErrors()) {
            try {
                errors.rejectValue(error.getField(), "typeMismatch");
            } catch (RuntimeException noSuchField) {
                errors.reject("typeMismatch");
            }
        }
        if (!errors.hasErrors()) {
            errors.reject("typeMismatch");
        }
        model.addAttribute(name, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return shown;
    }
}
