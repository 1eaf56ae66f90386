package fr.guichet.website;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the public site's contact form ({@code guichet.contact.*}).
 *
 * @param maxPerAddress how many messages one address may send within the window
 * @param window the period the messages of one address are counted over
 */
@Validated
@ConfigurationProperties("guichet.contact")
public record WebsiteSettings(
        @DefaultValue("5") @Min(value = 1, message = "must be at least 1")
        int maxPerAddress,

        @DefaultValue("1h") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration window) {}
