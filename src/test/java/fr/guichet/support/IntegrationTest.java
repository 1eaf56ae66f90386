package fr.guichet.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.shared.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The base of every integration test: the whole application on a real server port, on H2 or PostgreSQL (see
 * {@link TestDatabase}), with the demo data. All subclasses share one application context. Scheduled jobs do not run
 * on their own ({@code guichet.scheduling.enabled=false}): a test runs a job by calling its method, which takes the
 * job's lock as the scheduler's run would.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"guichet.demo-data=true", "guichet.demo-data.life=false", "guichet.scheduling.enabled=false"})
@AutoConfigureMockMvc
@ExtendWith(TestDatabase.class)
public abstract class IntegrationTest {

    /** The password of every demo account. */
    protected static final String DEMO_PASSWORD = "Guichet-Demo-2026";

    protected static final String PASSWORD = "Un-mot-de-passe-solide";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserManagement users;

    @Autowired
    protected CustomerManagement customers;

    @Autowired
    private ApiTokenManagement tokens;

    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestMail.server().getSmtp().getPort());
        registry.add("guichet.mail.inbound.protocol", () -> "imap");
        registry.add("guichet.mail.inbound.host", () -> "127.0.0.1");
        registry.add(
                "guichet.mail.inbound.port", () -> TestMail.server().getImap().getPort());
        registry.add("guichet.mail.inbound.username", () -> TestMail.INBOX_USER);
        registry.add("guichet.mail.inbound.password", () -> TestMail.INBOX_PASSWORD);
        registry.add("guichet.mail.inbound.interval", () -> "PT1H");
        // Tests read the shared inbox by hand: no context's own first run takes their mail or the job's lock meanwhile.
        registry.add("guichet.mail.inbound.initial-delay", () -> "PT1H");
    }

    /** A name no other test, and no earlier run on the same database, has used. */
    protected static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** An address of its own, so that one test's failed logins never throttle another test. */
    protected static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    protected UserAccount staff(Role... roles) {
        String username = unique("staff");
        return users.createWithHash(
                UserProfile.staff(
                        username,
                        "Test " + username,
                        username + "@example.fr",
                        EnumSet.copyOf(Arrays.asList(roles)),
                        null,
                        null),
                passwordHash(),
                false);
    }

    /** A staff member of a team (back office unless other roles are given), signing in with {@link #PASSWORD}. */
    protected UserAccount memberOf(long teamId, Role... roles) {
        String username = unique("membre");
        return users.createWithHash(
                UserProfile.staff(
                        username,
                        "Membre " + username,
                        username + "@example.fr",
                        roles.length == 0 ? EnumSet.of(Role.BACK_OFFICE) : EnumSet.copyOf(Arrays.asList(roles)),
                        teamId,
                        null),
                passwordHash(),
                false);
    }

    protected UserAccount customerUser() {
        Organisation organisation = customers.register(TestOrganisations.customerCompany(unique("Client")));
        String username = unique("client");
        return users.createWithHash(
                UserProfile.customer(username, "Client " + username, username + "@example.fr", organisation.getId()),
                passwordHash(),
                false);
    }

    protected UserAccount integrationUser(Role... roles) {
        String username = unique("integration");
        return users.createIntegration(new UserProfile(
                username,
                "Integration " + username,
                username + "@example.fr",
                AccountKind.INTEGRATION,
                EnumSet.copyOf(Arrays.asList(roles)),
                null,
                null,
                null,
                Language.FR));
    }

    /**
     * An API token for any account. Only integration accounts are issued tokens ({@code ApiTokenManagement}); for a
     * customer or a staff account the token is written as one issued before that rule (ADR 0012), so that the API's
     * own rules for customers and staff stay tested.
     */
    protected String apiTokenOf(UserAccount account) {
        if (account.getKind() == AccountKind.INTEGRATION) {
            return tokens.issue(account.getId(), "test", "test").secret();
        }
        byte[] random = new byte[30];
        new SecureRandom().nextBytes(random);
        String secret = "gch_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
            jdbc.sql("INSERT INTO identity_api_token (user_id, name, token_prefix, token_hash, created_at, created_by)"
                            + " VALUES (:user, 'legacy', :prefix, :hash, :at, 'test')")
                    .param("user", account.getId())
                    .param("prefix", secret.substring(0, 10))
                    .param("hash", hash)
                    .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return secret;
    }

    /** A form login as a browser sends it, from the given address. */
    protected MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    /**
     * Gives an account the demo password (the hash the demo's reception account has): a browser test signs in as whoever
     * a rule chose — the interlocutor given at submission may be a front-office account another test made.
     */
    protected void withDemoPassword(String username) {
        jdbc.sql("UPDATE identity_user SET password_hash ="
                        + " (SELECT password_hash FROM identity_user WHERE username = 'accueil'),"
                        + " must_change_password = FALSE WHERE username = :username")
                .param("username", username)
                .update();
    }

    protected String passwordHash() {
        return HASH.get();
    }

    private static final ThreadLocal<String> HASH = ThreadLocal.withInitial(
            () -> PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
}
