package fr.guichet.contracts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of contracts ({@code guichet.contracts.*}).
 *
 * @param renewalAlertDays how many days before a contract's notice deadline its account manager and sales
 *     administration are told that it renews itself
 * @param salesTeam the code of the sales administration team, told of renewals
 * @param renewalAlertInterval how often contracts coming up for renewal are looked for
 * @param endInterval how often contracts whose end date is past are ended
 */
@Validated
@ConfigurationProperties("guichet.contracts")
public record ContractSettings(
        @DefaultValue("60") @Min(value = 1, message = "must be at least 1") @Max(3660)
        int renewalAlertDays,

        @DefaultValue("adv") @NotBlank String salesTeam,

        @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration renewalAlertInterval,

        @DefaultValue("PT1H") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration endInterval) {

    /** The renewal alert job's interval, for its {@code @Scheduled}. */
    static final String RENEWAL_ALERT_INTERVAL =
            "#{@'guichet.contracts-fr.guichet.contracts.ContractSettings'.renewalAlertInterval()}";

    /** The job that ends contracts: its interval, for its {@code @Scheduled}. */
    static final String END_INTERVAL = "#{@'guichet.contracts-fr.guichet.contracts.ContractSettings'.endInterval()}";
}
