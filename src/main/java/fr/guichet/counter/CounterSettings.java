package fr.guichet.counter;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The counter's settings ({@code guichet.counter.*}); what changes day to day (reasons, counters, threshold, device
 * links) is set by administrators in {@code /back/admin/counter} instead.
 *
 * @param zone the time zone of the waiting room: a ticket's day, hence its number's reset, is that zone's day
 * @param receptionTeam the code of the team whose leads are alerted when a visitor waits too long ({@code accueil})
 * @param alertInterval how often waiting visitors are looked at (PT1M)
 * @param kioskLimit tickets the kiosk hands out per minute at most, across instances (a child pressing away)
 */
@Validated
@ConfigurationProperties("guichet.counter")
public record CounterSettings(
        @DefaultValue("Europe/Paris") @NotNull ZoneId zone,
        @DefaultValue("accueil") @NotBlank String receptionTeam,
        @DefaultValue("PT1M") @NotNull Duration alertInterval,
        @DefaultValue("20") @Min(1) int kioskLimit) {

    /** The alert job's interval, for its {@code @Scheduled}. */
    static final String ALERT_INTERVAL = "#{@'guichet.counter-fr.guichet.counter.CounterSettings'.alertInterval()}";
}
