package fr.guichet.quotes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of quotes ({@code guichet.quotes.*}).
 *
 * @param validityDays how long a new quote is valid, in days from its drafting (changeable on each quote)
 * @param depositPercent the deposit invoice's share of the one-off lines offered by default, in percent
 * @param expiryCron when sent quotes past their validity date are marked expired (a Spring cron, Europe/Paris): daily
 */
@Validated
@ConfigurationProperties("guichet.quotes")
public record QuoteSettings(
        @DefaultValue("30") @Min(value = 1, message = "must be at least 1") @Max(365)
        int validityDays,

        @DefaultValue("30") @Min(value = 1, message = "must be at least 1") @Max(100)
        int depositPercent,

        @DefaultValue("0 5 0 * * *") @NotBlank String expiryCron) {

    public QuoteSettings {
        if (expiryCron != null && !expiryCron.isBlank() && !CronExpression.isValidExpression(expiryCron)) {
            throw new IllegalArgumentException("guichet.quotes.expiry-cron is no cron expression: " + expiryCron);
        }
    }

    /** The expiry job's cron, for its {@code @Scheduled}. */
    static final String EXPIRY_CRON = "#{@'guichet.quotes-fr.guichet.quotes.QuoteSettings'.expiryCron()}";
}
