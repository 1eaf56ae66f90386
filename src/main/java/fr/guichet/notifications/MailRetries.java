package fr.guichet.notifications;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When a mail that the SMTP server did not accept is tried again: after each failed attempt the delay grows (by
 * default 1 min, 5 min, 15 min, 1 h, 4 h: {@code guichet.mail.retry-delays}); after the last one the mail is given up and shown as failed in the outbox.
 */
@Component
public class MailRetries {

    private final List<Duration> delays;

    MailRetries(NotificationSettings settings) {
        this.delays = List.copyOf(settings.retryDelays());
    }

    /** How long the outbox waits for the send that follows the commit before the retry job takes the mail over. */
    Duration first() {
        return delays.get(0);
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first), or null when it was the last one. */
    Duration after(int attempt) {
        return attempt <= delays.size() ? delays.get(attempt - 1) : null;
    }
}
