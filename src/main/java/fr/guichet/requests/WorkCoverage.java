package fr.guichet.requests;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the customer's contract covers some work, to suggest "covered" or "billable" when it is recorded (the
 * person recording it may change it). Implemented where contracts are known (billing), so that requests depends on
 * none of them; without an implementation, work is suggested billable.
 */
public interface WorkCoverage {

    /** The contract that covers this work of the organisation on that day, named for the page; none: billable. */
    Optional<String> coveringContract(long organisationId, WorkKind kind, String itemCode, LocalDate on);
}
