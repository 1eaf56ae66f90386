package fr.guichet.shared.web;

import fr.guichet.shared.RuleViolation;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A change made from a page, the same way in every module: on success a flash message and a redirect (so that a reload
 * does not repeat it); on a broken rule or a change someone made meanwhile, the same page again, with the reason next
 * to the action and what was typed kept.
 */
public final class PageAction {

    private PageAction() {}

    /** What a successful change does. */
    @FunctionalInterface
    public interface Change {
        /** Makes the change; answers the view to go to (usually {@link #done}'s redirect). */
        String make();
    }

    /**
     * @param again the page shown again, given the message key that says why (the rule's, or {@code conflictKey})
     */
    public static String run(Change change, String conflictKey, Function<String, String> again) {
        try {
            return change.make();
        } catch (RuleViolation violation) {
            return again.apply(violation.messageKey());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return again.apply(conflictKey);
        }
    }

    /** The flash message ({@code flashKey} with {@code argument}) and the redirect to {@code path}. */
    public static String done(RedirectAttributes redirect, String flashKey, Object argument, String path) {
        redirect.addFlashAttribute("flash", flashKey);
        redirect.addFlashAttribute("flashArg", argument);
        return "redirect:" + path;
    }
}
