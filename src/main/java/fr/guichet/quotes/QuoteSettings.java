package fr.guichet.quotes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of quotes ({@code guichet.quotes.*}).
 *
 * @param validityDays how long a new quote is valid, in days from its drafting (changeable on each quote)
 * @param depositPercent the deposit invoice's share of the one-off lines offered by default, in percent
 */
@Validated
@ConfigurationProperties("guichet.quotes")
public record QuoteSettings(
        @DefaultValue("30") @Min(value = 1, message = "must be at least 1") @Max(366)
        int validityDays,

        @DefaultValue("30") @Min(value = 1, message = "must be at least 1") @Max(100)
        int depositPercent) {}
