package fr.guichet.counter.internal;

import fr.guichet.counter.CounterDesk;
import fr.guichet.counter.Reason;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of what administrators set: reasons, counters, the waiting threshold and the device links' secrets. */
@Component
public class CounterSetupStore {

    /** The settings row: threshold in minutes, the secrets (null until first use) and its version. */
    public record SettingsRow(
            int thresholdMinutes,
            @Nullable String kioskSecret,
            @Nullable String displaySecret,
            int version) {}

    private final JdbcClient jdbc;

    CounterSetupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Reason> reasons() {
        return jdbc.sql("SELECT * FROM counter_reason ORDER BY position, letter")
                .query((rs, row) -> new Reason(
                        rs.getLong("id"),
                        rs.getString("letter"),
                        rs.getString("label_fr"),
                        rs.getString("label_en"),
                        rs.getBoolean("active"),
                        rs.getInt("position"),
                        rs.getInt("version")))
                .list();
    }

    public Optional<Reason> reason(long id) {
        return reasons().stream().filter(r -> r.id() == id).findFirst();
    }

    public boolean letterTaken(String letter, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM counter_reason WHERE letter = :letter"
                                + " AND (CAST(:id AS BIGINT) IS NULL OR id <> :id)")
                        .param("letter", letter)
                        .param("id", exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Whether a ticket of the day carries the letter for another reason than {@code exceptId}. */
    public boolean letterUsedOn(java.time.LocalDate day, String letter, @Nullable Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM counter_ticket t JOIN counter_reason r ON r.id = t.reason_id"
                                + " WHERE t.ticket_day = :day AND t.label LIKE :prefix"
                                + " AND (CAST(:id AS BIGINT) IS NULL OR t.reason_id <> :id)")
                        .param("day", day)
                        .param("prefix", letter + "-%")
                        .param("id", exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void addReason(String letter, String labelFr, String labelEn, int position) {
        jdbc.sql("INSERT INTO counter_reason (letter, label_fr, label_en, active, position)"
                        + " VALUES (:letter, :fr, :en, TRUE, :position)")
                .param("letter", letter)
                .param("fr", labelFr)
                .param("en", labelEn)
                .param("position", position)
                .update();
    }

    /** @return false when the version changed meanwhile */
    public boolean updateReason(
            long id, int version, String letter, String labelFr, String labelEn, boolean active, int position) {
        return jdbc.sql("UPDATE counter_reason SET letter = :letter, label_fr = :fr, label_en = :en, active = :active,"
                                + " position = :position, version = version + 1 WHERE id = :id AND version = :version")
                        .param("letter", letter)
                        .param("fr", labelFr)
                        .param("en", labelEn)
                        .param("active", active)
                        .param("position", position)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public List<CounterDesk> desks() {
        return jdbc.sql("SELECT * FROM counter_desk ORDER BY position, id")
                .query((rs, row) -> new CounterDesk(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getBoolean("active"),
                        rs.getInt("position"),
                        rs.getInt("version")))
                .list();
    }

    public void addDesk(String name, int position) {
        jdbc.sql("INSERT INTO counter_desk (name, active, position) VALUES (:name, TRUE, :position)")
                .param("name", name)
                .param("position", position)
                .update();
    }

    public boolean updateDesk(long id, int version, String name, boolean active, int position) {
        return jdbc.sql("UPDATE counter_desk SET name = :name, active = :active, position = :position,"
                                + " version = version + 1 WHERE id = :id AND version = :version")
                        .param("name", name)
                        .param("active", active)
                        .param("position", position)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public SettingsRow settings() {
        return jdbc.sql("SELECT * FROM counter_settings WHERE id = 1")
                .query((rs, row) -> new SettingsRow(
                        rs.getInt("threshold_minutes"),
                        rs.getString("kiosk_secret"),
                        rs.getString("display_secret"),
                        rs.getInt("version")))
                .single();
    }

    public boolean updateThreshold(int minutes, int version) {
        return jdbc.sql("UPDATE counter_settings SET threshold_minutes = :minutes, version = version + 1"
                                + " WHERE id = 1 AND version = :version")
                        .param("minutes", minutes)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Sets a device's secret: only when it has none yet unless {@code replace} (a regeneration). */
    public void setSecret(String device, String secret, boolean replace) {
        String column = switch (device) {
            case "kiosk" -> "kiosk_secret";
            case "display" -> "display_secret";
            default -> throw new IllegalArgumentException(device);
        };
        jdbc.sql("UPDATE counter_settings SET " + column + " = :secret WHERE id = 1"
                        + (replace ? "" : " AND " + column + " IS NULL"))
                .param("secret", secret)
                .update();
    }
}
