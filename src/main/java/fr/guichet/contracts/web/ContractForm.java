package fr.guichet.contracts.web;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractTerms;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A contract's heading as sales administration types it: customer, title and terms. */
record ContractForm(
        @NotNull(message = "{validation.required}") Long organisationId,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startDate,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate initialEndDate,

        Boolean autoRenewal,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{contracts.error.renewal-months}")
        @Max(value = 60, message = "{contracts.error.renewal-months}")
        Integer renewalMonths,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{contracts.error.notice-days}")
        @Max(value = 365, message = "{contracts.error.notice-days}")
        Integer noticeDays,

        int version) {

    static ContractForm blank(Long organisationId, LocalDate today) {
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        return new ContractForm(organisationId, "", start, start.plusYears(1).minusDays(1), true, 12, 90, 0);
    }

    static ContractForm of(Contract c) {
        return new ContractForm(
                c.getOrganisationId(),
                c.getTitle(),
                c.getStartDate(),
                c.getInitialEndDate(),
                c.isAutoRenewal(),
                c.getRenewalMonths(),
                c.getNoticeDays(),
                c.getVersion());
    }

    ContractTerms terms() {
        return new ContractTerms(
                startDate, initialEndDate, Boolean.TRUE.equals(autoRenewal), renewalMonths, noticeDays);
    }
}
