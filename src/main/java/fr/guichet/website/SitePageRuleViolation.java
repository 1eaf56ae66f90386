package fr.guichet.website;

import fr.guichet.shared.RuleViolation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the site's pages that a change breaks: one or several problems, each with the form field at fault (or
 * none: the whole act) and its message key.
 */
public class SitePageRuleViolation extends RuleViolation {

    /** One problem: a field of the editor ({@code slugFr}, {@code titleEn}…) or none, and why. */
    public record Problem(@Nullable String field, String messageKey) {}

    private final List<Problem> problems;

    public SitePageRuleViolation(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static SitePageRuleViolation of(@Nullable String field, String messageKey) {
        return new SitePageRuleViolation(List.of(new Problem(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public @Nullable String field() {
        return problems.get(0).field();
    }
}
