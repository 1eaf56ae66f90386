package fr.guichet.billing.recurring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of recurring invoicing ({@code guichet.recurring-invoicing.*}).
 *
 * @param interval how often contracts' due periods are invoiced
 * @param maxPeriodsPerRun at most this many periods of one contract per run (a long catch-up goes on at the next run)
 */
@Validated
@ConfigurationProperties("guichet.recurring-invoicing")
public record RecurringInvoicingSettings(
        @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration interval,

        @DefaultValue("36") @Min(value = 1, message = "must be at least 1") @Max(1000)
        int maxPeriodsPerRun) {

    /** The job's interval, for its {@code @Scheduled}. */
    static final String INTERVAL =
            "#{@'guichet.recurring-invoicing-fr.guichet.billing.recurring.RecurringInvoicingSettings'.interval()}";
}
