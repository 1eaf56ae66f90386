package fr.guichet.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a contract is invoiced by Guichet's recurring invoicing: how often (none: it is not invoiced here), in advance
 * or in arrears, whether its invoices are validated (numbered) at once or left as drafts for billing to check, and from
 * which day (none: from the contract's start; a later day for a contract that was invoiced elsewhere until then).
 */
public record ContractBilling(
        @Nullable BillingFrequency frequency,
        BillingTiming timing,
        boolean validateDirectly,
        @Nullable LocalDate from) {

    /** Not invoiced by Guichet: every contract before it is set, and every contract made before recurring invoicing. */
    public static final ContractBilling NONE = new ContractBilling(null, BillingTiming.IN_ADVANCE, false, null);

    public ContractBilling {
        if (timing == null) {
            throw new ContractRuleViolation("billingTiming", "recurring.error.timing");
        }
    }

    /** Whether Guichet invoices the contract. */
    public boolean invoiced() {
        return frequency != null;
    }

    /**
     * The periods to invoice by {@code today}, oldest first, at most {@code max}: from the day after
     * {@code billedThrough} (the last day already invoiced; none: from {@code start}, or {@link #from} if later) to
     * {@code end} (the contract's last day; none: it runs on). A period is due on its {@code issueOn} day, so a job
     * stopped for days finds every period it missed.
     */
    public List<BillingPeriod> periodsDue(
            LocalDate start, @Nullable LocalDate end, @Nullable LocalDate billedThrough, LocalDate today, int max) {
        List<BillingPeriod> due = new ArrayList<>();
        if (frequency == null) {
            return due;
        }
        LocalDate cursor = start;
        if (from != null && from.isAfter(cursor)) {
            cursor = from;
        }
        if (billedThrough != null && !billedThrough.isBefore(cursor)) {
            cursor = billedThrough.plusDays(1);
        }
        boolean first = billedThrough == null && cursor.equals(start);
        while (due.size() < max && (end == null || !cursor.isAfter(end))) {
            LocalDate periodStart = frequency.periodStart(cursor);
            LocalDate periodEnd = frequency.periodEnd(cursor);
            LocalDate to = end != null && end.isBefore(periodEnd) ? end : periodEnd;
            LocalDate issueOn = timing == BillingTiming.IN_ADVANCE ? cursor : to.plusDays(1);
            if (issueOn.isAfter(today)) {
                break;
            }
            due.add(new BillingPeriod(cursor, to, periodStart, periodEnd, issueOn, frequency, first));
            first = false;
            cursor = to.plusDays(1);
        }
        return due;
    }
}
