package fr.guichet.website;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contact form's spam policy without any third-party service: at most {@code maxPerWindow} submissions from one
 * address within the window, counted in the database so that every instance agrees.
 */
@Component
class ContactSubmissions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxPerWindow;
    private final Duration window;

    ContactSubmissions(JdbcClient jdbc, Clock clock, WebsiteSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerWindow = settings.maxPerAddress();
        this.window = settings.window();
    }

    boolean allowed(String address) {
        int recent = jdbc.sql(
                        "SELECT COUNT(*) FROM website_contact_submission WHERE remote_address = :address AND submitted_at > :since")
                .param("address", address)
                .param("since", clock.instant().minus(window).atOffset(ZoneOffset.UTC))
                .query(Integer.class)
                .single();
        return recent < maxPerWindow;
    }

    void record(String address, String reference) {
        jdbc.sql(
                        "INSERT INTO website_contact_submission (remote_address, submitted_at, reference) VALUES (:address, :at, :reference)")
                .param("address", address.length() > 64 ? address.substring(0, 64) : address)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("reference", reference)
                .update();
    }
}
