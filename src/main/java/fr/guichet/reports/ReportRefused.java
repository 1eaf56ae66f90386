package fr.guichet.reports;

import fr.guichet.shared.RuleViolation;

/**
 * The figures are not this caller's to read: only team leads (their team's) and administrators (all) read them. The
 * pages answer 403, the API a 403 problem.
 */
public class ReportRefused extends RuleViolation {

    public ReportRefused(String messageKey) {
        super(messageKey, "Reports refused: " + messageKey);
    }

    @Override
    public boolean refusesTheCaller() {
        return true;
    }
}
