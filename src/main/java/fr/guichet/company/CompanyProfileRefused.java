package fr.guichet.company;

import fr.guichet.shared.RuleViolation;
import java.util.List;

/** A company identity that breaks one rule or more: every one of them, so that a form shows them all at once. */
public class CompanyProfileRefused extends RuleViolation {

    private final List<CompanyRuleViolation> violations;

    public CompanyProfileRefused(List<CompanyRuleViolation> violations) {
        super(
                violations.get(0).messageKey(),
                violations.size() + " rule(s) broken, first: "
                        + violations.get(0).getMessage());
        this.violations = List.copyOf(violations);
    }

    public List<CompanyRuleViolation> violations() {
        return violations;
    }

    @Override
    public String field() {
        return violations.get(0).field();
    }

    @Override
    public Object[] messageArguments() {
        return violations.get(0).messageArguments();
    }
}
