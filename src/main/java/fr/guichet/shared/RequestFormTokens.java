package fr.guichet.shared;

import org.jspecify.annotations.Nullable;

/**
 * The seam between the forms where people write to the company (the public contact form, the portal's new request)
 * and the help centre that answers them first (deflection). Each such form carries a random token; when a request is
 * submitted with it, the form tells this seam, so that the articles opened from the form's suggestions are not counted
 * as requests avoided. Implemented by the knowledge base; the forms' modules know only this interface.
 */
public interface RequestFormTokens {

    /** The name of the form field that carries the token. */
    String FIELD = "deflection";

    /** A request was submitted from a form that carried this token (none: a form without suggestions). */
    void submitted(@Nullable String token, String requestReference);
}
