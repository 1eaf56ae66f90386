package fr.guichet.billing.reminders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of reminders ({@code guichet.reminders.*}).
 *
 * @param cron when the daily reminder run starts (a Spring cron expression, Europe/Paris time)
 * @param pageSize how many overdue invoices a run reads at a time (keyset pages: never all of them at once)
 * @param proofMaxBytes the largest proof of payment a customer may attach to "already paid"
 */
@Validated
@ConfigurationProperties("guichet.reminders")
public record ReminderSettings(
        @DefaultValue("0 30 7 * * *") @NotBlank String cron,
        @DefaultValue("200") @Min(1) @Max(5000) int pageSize,
        @DefaultValue("5242880") @Min(1024) @Max(52428800) long proofMaxBytes) {

    /** The job's cron, for its {@code @Scheduled}. */
    static final String CRON = "${guichet.reminders.cron:0 30 7 * * *}";
}
