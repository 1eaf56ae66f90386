package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.IdentitySettings;
import fr.guichet.identity.KnownDevices;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one database, as behind a load balancer: a session opened on one is valid on the
 * other, a logout on one ends it on both, failed logins counted by one throttle the other, and a browser one made a
 * known device is known to the other.
 */
class TwoInstancesIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentitySettings settings;

    private int secondPort() {
        return ((WebServerApplicationContext) second.context()).getWebServer().getPort();
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession first = new HttpSession(port);
        first.login(agent.getUsername(), PASSWORD);
        String session = first.cookie("GUICHET_SESSION");
        assertThat(session).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :name")
                        .param("name", agent.getUsername())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        HttpSession other = new HttpSession(secondPort());
        other.setCookie("GUICHET_SESSION", session);
        assertThat(other.get("/desk").statusCode()).isEqualTo(200);

        other.post("/logout");
        assertThat(first.get("/desk").statusCode()).as("logged out everywhere").isEqualTo(302);
    }

    @Test
    void failedLoginsOnOneInstanceThrottleTheOther() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                new HttpSession(attempt % 2 == 0 ? port : secondPort()).login(agent.getUsername(), "wrong-password");
            }
            assertThat(new HttpSession(secondPort())
                            .login(agent.getUsername(), PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=throttled"));
        } finally {
            // both instances see 127.0.0.1 as the address: clear it so that other tests can log in from there
            jdbc.sql("DELETE FROM identity_login_attempt WHERE remote_address = '127.0.0.1' AND successful = FALSE")
                    .update();
        }
    }

    @Test
    void theUsersKnownBrowserSignsInOnEitherInstanceWhileFailuresOnBothHoldBackTheOthers() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession usual = new HttpSession(port);
        usual.login(agent.getUsername(), PASSWORD);
        String device = usual.cookie(KnownDevices.COOKIE);
        assertThat(device)
                .as("the first instance made the browser a known device")
                .isNotBlank();
        try {
            for (int attempt = 0; attempt < settings.security().loginAccountMaxFailures(); attempt++) {
                new HttpSession(attempt % 2 == 0 ? port : secondPort()).login(agent.getUsername(), "wrong-password");
            }
            assertThat(new HttpSession(secondPort())
                            .login(agent.getUsername(), PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .as("an unknown browser is held back on the second instance")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error=throttled"));
            HttpSession sameBrowser = new HttpSession(secondPort());
            sameBrowser.setCookie(KnownDevices.COOKIE, device);
            assertThat(sameBrowser
                            .login(agent.getUsername(), PASSWORD)
                            .headers()
                            .firstValue("Location"))
                    .as("the second instance recognises the device the first one made known")
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/desk"));
        } finally {
            jdbc.sql("DELETE FROM identity_login_attempt WHERE remote_address = '127.0.0.1' AND successful = FALSE")
                    .update();
        }
    }
}
