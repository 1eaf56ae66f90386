package fr.guichet.website;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of the public site ({@code guichet.contact.*} for the contact form, {@code guichet.website.*} for the
 * pages' cache).
 *
 * @param maxPerAddress how many messages one address may send within the window
 * @param window the period the messages of one address are counted over
 * @param cacheCheck how often an instance asks the database whether the public content changed on another instance
 *     (the public pages' cache is refreshed within that delay there; at once on the instance of the change)
 * @param cacheSize how many rendered public pages an instance keeps (0: no cache)
 */
@Validated
@ConfigurationProperties("guichet.contact")
public record WebsiteSettings(
        @DefaultValue("5") @Min(value = 1, message = "must be at least 1")
        int maxPerAddress,

        @DefaultValue("1h") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration window,

        @DefaultValue("1s") @NotNull Duration cacheCheck,

        @DefaultValue("2000") @Min(value = 0, message = "must be 0 or more")
        int cacheSize) {}
