package fr.guichet.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as it stood at one version: kept as JSON in {@code contracts_version}, shown read-only. */
public record ContractSnapshot(
        String reference,
        String title,
        ContractStatus status,
        LocalDate startDate,
        LocalDate initialEndDate,
        boolean autoRenewal,
        int renewalMonths,
        int noticeDays,
        LocalDate endsOn,
        List<ContractLine> lines) {

    static ContractSnapshot of(Contract c) {
        return new ContractSnapshot(
                c.getReference(),
                c.getTitle(),
                c.getStatus(),
                c.getStartDate(),
                c.getInitialEndDate(),
                c.isAutoRenewal(),
                c.getRenewalMonths(),
                c.getNoticeDays(),
                c.getEndsOn(),
                c.getLines());
    }

    /** One saved version: its number, what changed, when, and the contract as it then stood. */
    public record Version(int version, String change, Instant at, ContractSnapshot contract) {}
}
