package fr.guichet.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of requests. Bound at {@code guichet} so that the names operators already use stay:
 * {@code guichet.business-hours.*}, {@code guichet.attachments.*}, {@code guichet.requests.routing-cache} and
 * {@code guichet.escalation.interval}.
 *
 * @param businessHours the business hours in force until administrators set them in /back/admin/business-hours
 * @param attachments what may be attached to a request
 * @param requests how routing rules are kept in memory
 * @param escalation how often overdue requests are looked for
 */
@Validated
@ConfigurationProperties("guichet")
public record RequestSettings(
        @DefaultValue @Valid BusinessHoursDefaults businessHours,
        @DefaultValue @Valid Attachments attachments,
        @DefaultValue @Valid Routing requests,
        @DefaultValue @Valid Escalation escalation) {

    /** The escalation job's interval, for its {@code @Scheduled}. */
    static final String ESCALATION_INTERVAL =
            "#{@'guichet-fr.guichet.requests.RequestSettings'.escalation().interval()}";

    /**
     * The business hours until administrators set them: Monday–Friday, {@code opens}–{@code closes} in {@code zone}.
     *
     * @param zone a time-zone id (Europe/Paris)
     * @param opens when the day's business hours begin (09:00)
     * @param closes when they end (18:00)
     */
    public record BusinessHoursDefaults(
            @DefaultValue("Europe/Paris") @NotNull ZoneId zone,
            @DefaultValue("09:00") @NotNull LocalTime opens,
            @DefaultValue("18:00") @NotNull LocalTime closes) {

        @AssertTrue(message = "the business hours must close after they open")
        boolean isOpenBeforeClose() {
            return opens == null || closes == null || opens.isBefore(closes);
        }
    }

    /**
     * What may be attached to a request.
     *
     * @param maxSize the largest file accepted (10MB)
     * @param allowedExtensions the file extensions accepted, among those Guichet knows
     */
    public record Attachments(
            @DefaultValue("10MB") @NotNull DataSize maxSize,

            @DefaultValue({"pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "log", "docx", "xlsx", "odt", "ods", "zip"
            })
            @NotEmpty
            Set<String> allowedExtensions) {

        @AssertTrue(message = "the largest attachment must be more than zero")
        boolean isMaxSizePositive() {
            return maxSize == null || maxSize.toBytes() > 0;
        }
    }

    /**
     * How routing rules are kept in memory (ADR 0006).
     *
     * @param routingCache how long the rules read are used before being read again on this instance (PT0S: at
     *     every request); a change on another instance applies here within that delay
     */
    public record Routing(
            @DefaultValue("PT5S") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
            Duration routingCache) {}

    /**
     * The escalation of overdue requests.
     *
     * @param interval how often overdue requests are looked for and escalated
     */
    public record Escalation(
            @DefaultValue("PT1M") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
            Duration interval) {}
}
