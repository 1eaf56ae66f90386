package fr.guichet.contracts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A contract renews itself at {@code termEnd} unless notice is given by {@code noticeDeadline}: the people in
 * {@code tell} (its account manager and sales administration) are told, once per term.
 */
public record ContractRenewalDue(
        long contractId,
        String reference,
        String title,
        String customerName,
        LocalDate noticeDeadline,
        LocalDate termEnd,
        Set<Long> tell) {}
