package fr.guichet.notifications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings of emails ({@code guichet.mail.*}). Who the emails come from and how they are signed is the company's
 * identity ({@link fr.guichet.company.CompanyManagement}), not a setting.
 *
 * @param from the sender (a display name and an address) when the SMTP server requires a given one (GUICHET_MAIL_FROM);
 *     empty: the company's trade name and mail address
 * @param retryDelays the waits after each failed send, in order; after the last one the mail is given up
 * @param retryInterval how often the mails whose next attempt is due are tried again
 * @param inbound the mailbox that receives customers' replies
 */
@Validated
@ConfigurationProperties("guichet.mail")
public record NotificationSettings(
        @DefaultValue("") String from,

        @DefaultValue({"PT1M", "PT5M", "PT15M", "PT1H", "PT4H"}) @NotEmpty(message = "needs at least one delay")
        List<
                        @NotNull(message = "must be a duration such as PT5M")
                        @DurationMin(millis = 1, message = "must be more than zero") Duration>
                retryDelays,

        @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
        Duration retryInterval,

        @DefaultValue @Valid Inbound inbound) {

    /** The retry job's interval, for its {@code @Scheduled}. */
    static final String RETRY_INTERVAL =
            "#{@'guichet.mail-fr.guichet.notifications.NotificationSettings'.retryInterval()}";

    /** The inbound mail job's interval and first delay, for its {@code @Scheduled}. */
    static final String INBOUND_INTERVAL =
            "#{@'guichet.mail-fr.guichet.notifications.NotificationSettings'.inbound().interval()}";

    static final String INBOUND_INITIAL_DELAY =
            "#{@'guichet.mail-fr.guichet.notifications.NotificationSettings'.inbound().initialDelay()}";

    /**
     * The IMAP mailbox that receives customers' replies ({@code guichet.mail.inbound.*}); no host: no mailbox.
     *
     * @param protocol imaps or imap
     * @param host the IMAP server; empty: replies are not read
     * @param port the IMAP server's port
     * @param username the mailbox's user
     * @param password the mailbox's password
     * @param interval how often the mailbox is read
     * @param initialDelay when it is read first after the start
     */
    public record Inbound(
            @DefaultValue("imaps") @Pattern(regexp = "imaps?", message = "must be imaps or imap")
            String protocol,

            @DefaultValue("") String host,
            @DefaultValue("993") @Min(1) @Max(65535) int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,

            @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1, message = "must be more than zero")
            Duration interval,

            @DefaultValue("PT20S") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
            Duration initialDelay) {

        public boolean configured() {
            return !host.isBlank();
        }
    }
}
