package fr.guichet.contracts.web;

import fr.guichet.contracts.BillingFrequency;
import fr.guichet.contracts.BillingTiming;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractBilling;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * How Guichet invoices a contract, as sales administration sets it: frequency (none: not invoiced here), in advance
 * or in arrears, drafts or validated at once, and from which day.
 */
record BillingForm(
        BillingFrequency billingFrequency,
        @NotNull(message = "{validation.required}") BillingTiming billingTiming,
        Boolean billingValidates,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate billingFrom,
        int version) {

    static BillingForm of(Contract contract) {
        ContractBilling billing = contract.billing();
        return new BillingForm(
                billing.frequency(),
                billing.timing(),
                billing.validateDirectly(),
                billing.from(),
                contract.getVersion());
    }

    ContractBilling billing() {
        return new ContractBilling(billingFrequency, billingTiming, Boolean.TRUE.equals(billingValidates), billingFrom);
    }
}
