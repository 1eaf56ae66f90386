package fr.guichet.counter;

import fr.guichet.counter.internal.CounterSetupStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators set for the counter: the reasons (letter, labels, order, active), the counters, the waiting
 * threshold, and the secret links of the kiosk and the display — public pages that answer only with the secret in their
 * address, so that a tablet and a screen need no account; a secret regenerated makes the old link answer 404.
 */
@Service
@Transactional
public class CounterSetupManagement {

    /** A device's links. */
    public enum Device {
        KIOSK,
        DISPLAY
    }

    /** The settings as the admin page shows them. */
    public record Setup(
            List<Reason> reasons,
            List<CounterDesk> desks,
            int thresholdMinutes,
            int version,
            String kioskSecret,
            String displaySecret) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CounterSetupStore store;
    private final CounterSettings settings;
    private final java.time.Clock clock;

    CounterSetupManagement(CounterSetupStore store, CounterSettings settings, java.time.Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A letter is one reason's for the day: a letter another reason's tickets carried today would number the same
     * tickets twice ({@code C-003} for two reasons); it is free again tomorrow.
     */
    private void requireLetterFreeToday(String letter, @Nullable Long reasonId) {
        if (store.letterUsedOn(clock.instant().atZone(settings.zone()).toLocalDate(), letter, reasonId)) {
            throw new CounterFieldViolation("letter", "counter.error.letter-used-today");
        }
    }

    private static int position(int position) {
        if (position < 0 || position > 99) {
            throw new CounterFieldViolation("position", "counter.error.position");
        }
        return position;
    }

    public Setup setup() {
        CounterSetupStore.SettingsRow row = withSecrets();
        return new Setup(
                store.reasons(),
                store.desks(),
                row.thresholdMinutes(),
                row.version(),
                row.kioskSecret(),
                row.displaySecret());
    }

    @Transactional(readOnly = true)
    public List<Reason> activeReasons() {
        return store.reasons().stream().filter(Reason::active).toList();
    }

    @Transactional(readOnly = true)
    public List<CounterDesk> activeDesks() {
        return store.desks().stream().filter(CounterDesk::active).toList();
    }

    @Transactional(readOnly = true)
    public int thresholdMinutes() {
        return store.settings().thresholdMinutes();
    }

    /** Whether {@code secret} opens the device's page (compared in constant time). */
    public boolean opens(Device device, @Nullable String secret) {
        CounterSetupStore.SettingsRow row = withSecrets();
        String expected = device == Device.KIOSK ? row.kioskSecret() : row.displaySecret();
        return secret != null
                && expected != null
                && java.security.MessageDigest.isEqual(
                        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A new secret for the device: its old link stops working at once, on every instance. */
    public void regenerate(Device device) {
        store.setSecret(device.name().toLowerCase(Locale.ROOT), secret(), true);
    }

    public void addReason(String letter, String labelFr, String labelEn, int position) {
        String l = letter(letter);
        if (store.letterTaken(l, null)) {
            throw new CounterFieldViolation("letter", "counter.error.letter-taken");
        }
        requireLetterFreeToday(l, null);
        store.addReason(l, required("labelFr", labelFr), required("labelEn", labelEn), position(position));
    }

    public void updateReason(
            long id, int version, String letter, String labelFr, String labelEn, boolean active, int position) {
        String l = letter(letter);
        if (store.letterTaken(l, id)) {
            throw new CounterFieldViolation("letter", "counter.error.letter-taken");
        }
        requireLetterFreeToday(l, id);
        if (!store.updateReason(
                id,
                version,
                l,
                required("labelFr", labelFr),
                required("labelEn", labelEn),
                active,
                position(position))) {
            throw new OptimisticLockingFailureException("counter reason " + id);
        }
    }

    public void addDesk(String name, int position) {
        store.addDesk(required("name", name), position(position));
    }

    public void updateDesk(long id, int version, String name, boolean active, int position) {
        if (!store.updateDesk(id, version, required("name", name), active, position(position))) {
            throw new OptimisticLockingFailureException("counter desk " + id);
        }
    }

    public void changeThreshold(int minutes, int version) {
        if (minutes < 1 || minutes > 240) {
            throw new CounterFieldViolation("thresholdMinutes", "counter.error.threshold");
        }
        if (!store.updateThreshold(minutes, version)) {
            throw new OptimisticLockingFailureException("counter settings");
        }
    }

    /** The settings row, each missing secret made first (once, whichever instance gets there first). */
    private CounterSetupStore.SettingsRow withSecrets() {
        CounterSetupStore.SettingsRow row = store.settings();
        if (row.kioskSecret() != null && row.displaySecret() != null) {
            return row;
        }
        store.setSecret("kiosk", secret(), false);
        store.setSecret("display", secret(), false);
        return store.settings();
    }

    private static String letter(@Nullable String letter) {
        String l = letter == null ? "" : letter.strip().toUpperCase(Locale.ROOT);
        if (!l.matches("[A-Z]")) {
            throw new CounterFieldViolation("letter", "counter.error.letter");
        }
        return l;
    }

    private static String required(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new CounterFieldViolation(field, "counter.error.required");
        }
        if (text.strip().length() > 60) {
            throw new CounterFieldViolation(field, "counter.error.too-long");
        }
        return text.strip();
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
