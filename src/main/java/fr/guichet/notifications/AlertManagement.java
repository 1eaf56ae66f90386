package fr.guichet.notifications;

import fr.guichet.requests.RequestOpened;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alerts staff read in the app: posted by listeners, counted in every staff page's toolbar, marked read. */
@Service
@Transactional
public class AlertManagement {

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertManagement(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void post(long userId, String kind, String reference, String subject, String link) {
        jdbc.sql("INSERT INTO notifications_alert (user_id, kind, reference, subject, link, created_at)"
                        + " VALUES (:user, :kind, :reference, :subject, :link, :at)")
                .param("user", userId)
                .param("kind", kind)
                .param("reference", reference)
                .param("subject", subject == null ? null : subject.substring(0, Math.min(subject.length(), 300)))
                .param("link", link)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Transactional(readOnly = true)
    public int unread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_alert WHERE user_id = :user AND read_at IS NULL")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    /** The latest alerts of a user, unread first then newest first. */
    @Transactional(readOnly = true)
    public List<Alert> latest(long userId, int limit) {
        return jdbc.sql("SELECT * FROM notifications_alert WHERE user_id = :user"
                        + " ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT :limit")
                .param("user", userId)
                .param("limit", limit)
                .query(AlertManagement::alert)
                .list();
    }

    /** Marks every unread alert of the user read; one of them only when {@code id} is given. */
    public int markRead(long userId, Long id) {
        return jdbc.sql("UPDATE notifications_alert SET read_at = :at WHERE user_id = :user AND read_at IS NULL"
                        + " AND (CAST(:id AS BIGINT) IS NULL OR id = :id)")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("user", userId)
                .param("id", id)
                .update();
    }

    /** The user opened the request: their alerts about it are read (they need not also open them from the list). */
    @EventListener
    void on(RequestOpened opened) {
        jdbc.sql("UPDATE notifications_alert SET read_at = :at"
                        + " WHERE user_id = :user AND reference = :reference AND read_at IS NULL")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("user", opened.userId())
                .param("reference", opened.reference())
                .update();
    }

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new Alert(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("kind"),
                rs.getString("reference"),
                rs.getString("subject"),
                rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }
}
