package fr.guichet.company;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first run of a fresh install (no demo data, no user yet): Guichet writes a set-up code in its log at start
 * (the same on every instance: it is kept in the database) and answers {@code /setup}, where whoever installed it
 * gives that code to create the first administrator. Signed in, the administrator is sent to the company's first-run
 * page before anything else ({@code /back/admin/company/setup}); once the company's identity is stored, the first run
 * is over. The code is spent with the first account: nobody can use it again, and {@code /setup} creates no other.
 */
@Service
public class FirstRun {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final UserManagement users;
    private final CompanySettings settings;
    private final Clock clock;

    FirstRun(JdbcClient jdbc, UserManagement users, CompanySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether Guichet has no user yet: the first administrator is to be created on {@code /setup}. */
    public boolean awaitsAdministrator() {
        return users.count() == 0;
    }

    /** At start on a database without user: the set-up code, created once, written in the log. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!awaitsAdministrator()) {
            return;
        }
        String code = code().orElseGet(this::createCode);
        log.warn(
                "First run: no user yet. Open {}/setup and give the set-up code {} to create the first administrator.",
                settings.baseUrl(),
                code);
    }

    /** The set-up code, while one is waiting to be used. */
    public Optional<String> code() {
        return jdbc.sql("SELECT code FROM company_setup WHERE id = 1")
                .query(String.class)
                .optional();
    }

    private String createCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        try {
            jdbc.sql("INSERT INTO company_setup (id, code, created_at) VALUES (1, :code, :at)")
                    .param("code", code.toString())
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            return code.toString();
        } catch (DuplicateKeyException createdElsewhere) {
            return code().orElseThrow();
        }
    }

    /**
     * Creates the first administrator (roles ADMIN and BACK_OFFICE, the password they chose) and spends the code.
     *
     * @throws CompanyRuleViolation (field {@code code}) when the code is wrong or Guichet already has users
     * @throws fr.guichet.identity.AccountRuleViolation when the username, email or password breaks a rule
     */
    @Transactional
    public UserAccount createAdministrator(
            String typedCode, String username, String displayName, String email, String password, Language language) {
        String stored = code().orElse(null);
        if (stored == null || !awaitsAdministrator()) {
            throw new CompanyRuleViolation("code", "setup.error.done");
        }
        if (!sameCode(stored, typedCode)) {
            throw new CompanyRuleViolation("code", "setup.error.code");
        }
        // Spent first: of two people sending the right code at once, one deletes the row, the other finds none.
        if (jdbc.sql("DELETE FROM company_setup WHERE id = 1 AND code = :code")
                        .param("code", stored)
                        .update()
                != 1) {
            throw new CompanyRuleViolation("code", "setup.error.done");
        }
        UserProfile profile = UserProfile.staff(
                        username, displayName, email, Set.of(Role.ADMIN, Role.BACK_OFFICE), null, null)
                .withLanguage(language);
        UserAccount administrator = users.createWithOwnPassword(profile, password);
        log.info("First run: administrator {} created", administrator.getUsername());
        return administrator;
    }

    private static boolean sameCode(String stored, String typed) {
        String clean = typed == null
                ? ""
                : typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return MessageDigest.isEqual(
                stored.replace("-", "").getBytes(StandardCharsets.UTF_8),
                clean.replace("-", "").getBytes(StandardCharsets.UTF_8));
    }
}
