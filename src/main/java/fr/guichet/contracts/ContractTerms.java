package fr.guichet.contracts;

import java.time.LocalDate;

/**
 * The calendar of a contract: a first term from its start to its initial end, then, when it renews itself, successive
 * terms of {@code renewalMonths}; it can be cancelled for the end of a term if notice is given at least
 * {@code noticeDays} before that end, else for the end of the following term.
 */
public record ContractTerms(
        LocalDate start, LocalDate initialEnd, boolean autoRenewal, int renewalMonths, int noticeDays) {

    public ContractTerms {
        if (!initialEnd.isAfter(start)) {
            throw new ContractRuleViolation("initialEndDate", "contracts.error.end-before-start");
        }
        if (autoRenewal && renewalMonths < 1) {
            throw new ContractRuleViolation("renewalMonths", "contracts.error.renewal-months");
        }
        if (noticeDays < 0 || noticeDays > 365) {
            throw new ContractRuleViolation("noticeDays", "contracts.error.notice-days");
        }
    }

    /** The last day of the term running on {@code day} (the initial end when it does not renew, even if past). */
    public LocalDate termEnd(LocalDate day) {
        LocalDate end = initialEnd;
        if (!autoRenewal) {
            return end;
        }
        while (end.isBefore(day)) {
            end = end.plusMonths(renewalMonths);
        }
        return end;
    }

    /** The last day to give notice for the contract to end with the term running on {@code day}. */
    public LocalDate noticeDeadline(LocalDate day) {
        return termEnd(day).minusDays(noticeDays);
    }

    /**
     * The day a cancellation asked on {@code askedOn} takes effect: the end of the running term when notice is given
     * in time, else the end of the next one (a contract that does not renew simply ends with its term).
     */
    public LocalDate cancellationEffective(LocalDate askedOn) {
        LocalDate end = termEnd(askedOn);
        if (!autoRenewal || !askedOn.isAfter(end.minusDays(noticeDays))) {
            return end;
        }
        return end.plusMonths(renewalMonths);
    }
}
