package fr.guichet.billing.sepa;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of SEPA direct debit ({@code guichet.sepa.*}).
 *
 * @param noticeDays the days of notice an invoice gives before it is debited (the SEPA rulebook's default is 14)
 * @param proofMaxSize the largest signed mandate (PDF or image) billing may upload
 * @param collectionInterval how often the debits whose collection date has come are recorded as paid
 */
@Validated
@ConfigurationProperties("guichet.sepa")
public record SepaSettings(
        @DefaultValue("14") @Min(value = 1, message = "must be at least 1") @Max(60)
        int noticeDays,

        @DefaultValue("5MB") @NotNull DataSize proofMaxSize,

        @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration collectionInterval) {

    /** The job's interval, for its {@code @Scheduled}. */
    static final String INTERVAL = "#{@'guichet.sepa-fr.guichet.billing.sepa.SepaSettings'.collectionInterval()}";
}
