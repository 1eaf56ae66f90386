/**
 * Knowledge base: the help centre's articles, written by back-office staff (often from a resolved request), published
 * by a team lead, a webmaster or an administrator, shown on the public site at {@code /help} and beside the forms
 * where customers write, so that a question already answered need not be asked (deflection). Internal articles are
 * for staff only.
 */
@ApplicationModule(
        displayName = "Knowledge base",
        allowedDependencies = {"company", "identity", "requests", "shared", "zones"})
@NullMarked
package fr.guichet.knowledge;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
