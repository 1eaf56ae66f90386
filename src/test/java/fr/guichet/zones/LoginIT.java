package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.guichet.identity.IdentitySettings;
import fr.guichet.identity.KnownDevices;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

/** One login page for everybody: where each user lands, what a failed login says, throttling, CSRF, htmx. */
class LoginIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentitySettings settings;

    @Test
    void eachKindOfUserLandsInTheirZone() throws Exception {
        String address = uniqueAddress();
        mvc.perform(login(customerUser().getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/portal"));
        mvc.perform(login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD, address))
                .andExpect(redirectedUrl("/desk"));
        mvc.perform(login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD, address))
                .andExpect(redirectedUrl("/back"));
        mvc.perform(login(staff(Role.BACK_OFFICE, Role.TEAM_LEAD).getUsername(), PASSWORD, address))
                .andExpect(redirectedUrl("/back"));
        mvc.perform(login(staff(Role.ADMIN).getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/back"));
    }

    @Test
    void aUsernameIsFoundWhateverItsCase() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        mvc.perform(login(" " + agent.getUsername().toUpperCase() + " ", PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        String address = uniqueAddress();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        mvc.perform(login(agent.getUsername(), "not-the-password", address))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(login(unique("nobody"), "not-the-password", address))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void theLoginPageKeepsTheTypedUsernameAndSaysWhatIsWrong() {
        HttpSession browser = new HttpSession(port);
        String typed = unique("typed");
        HttpResponse<String> failed = browser.login(typed, "wrong-password");
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
        String page = browser.get("/login?error=credentials").body();
        assertThat(page).contains("Identifiant ou mot de passe incorrect.").contains("value=\"" + typed + "\"");
    }

    @Test
    void failuresForOneAccountFromManyAddressesHoldBackUnknownDevicesButNotTheUsersOwnBrowser() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Cookie device = knownDeviceOf(agent);
        int limit = settings.security().loginAccountMaxFailures();
        for (int attempt = 0; attempt < limit; attempt++) {
            // a new address each time: only the account is counted here
            mvc.perform(login(agent.getUsername(), "wrong-password-" + attempt, uniqueAddress()))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/login?error=throttled"));
        // the browser the user signed in with before is still let in, from any address
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()).cookie(device))
                .andExpect(redirectedUrl("/desk"));
        // another account is not affected
        mvc.perform(login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void anAttackersFailuresFromOneAddressDoNotRefuseTheRightPasswordFromAnotherAddress() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        String attacker = uniqueAddress();
        for (int attempt = 0; attempt < settings.security().loginMaxFailures(); attempt++) {
            mvc.perform(login(agent.getUsername(), "wrong-password-" + attempt, attacker))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, attacker)).andExpect(redirectedUrl("/login?error=throttled"));
        // the user, on a browser Guichet does not know yet, from their own address
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress())).andExpect(redirectedUrl("/desk"));
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOtherAccountsBehindIt() throws Exception {
        String proxy = uniqueAddress();
        for (int attempt = 0; attempt < settings.security().loginMaxFailures(); attempt++) {
            mvc.perform(login(unique("guess"), "wrong-password", proxy))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD, proxy))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void manyFailuresFromOneAddressHoldBackItsUnknownDevicesOnly() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Cookie device = knownDeviceOf(agent);
        String address = uniqueAddress();
        for (int attempt = 0; attempt < settings.security().loginAddressMaxFailures(); attempt++) {
            mvc.perform(login(unique("guess"), "wrong-password", address))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(login(agent.getUsername(), PASSWORD, address).cookie(device))
                .andExpect(redirectedUrl("/desk"));
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress())).andExpect(redirectedUrl("/desk"));
    }

    @Test
    void delaysGrowWithEachFurtherFailure() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        String address = uniqueAddress();
        for (int attempt = 0; attempt < settings.security().loginMaxFailures(); attempt++) {
            mvc.perform(login(agent.getUsername(), "wrong-password", address))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/login?error=throttled"));
        moveAttemptsBack(agent, 61);
        // one minute later, one more try; it fails again, and the next wait is two minutes
        mvc.perform(login(agent.getUsername(), "wrong-password", address))
                .andExpect(redirectedUrl("/login?error=credentials"));
        moveAttemptsBack(agent, 61);
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/login?error=throttled"));
        moveAttemptsBack(agent, 61);
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/desk"));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        String address = uniqueAddress();
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < settings.security().loginMaxFailures() - 1; attempt++) {
                mvc.perform(login(agent.getUsername(), "wrong-password", address))
                        .andExpect(redirectedUrl("/login?error=credentials"));
            }
            mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/desk"));
        }
    }

    @Test
    void aDeviceCookieCountsOnlyForTheAccountItSignedInTo() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        UserAccount other = staff(Role.FRONT_OFFICE);
        Cookie device = knownDeviceOf(other);
        for (int attempt = 0; attempt < settings.security().loginAccountMaxFailures(); attempt++) {
            mvc.perform(login(agent.getUsername(), "wrong-password-" + attempt, uniqueAddress()));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()).cookie(device))
                .andExpect(redirectedUrl("/login?error=throttled"));
        Cookie forged = new Cookie(KnownDevices.COOKIE, device.getValue().replace(encoded(other), encoded(agent)));
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()).cookie(forged))
                .andExpect(redirectedUrl("/login?error=throttled"));
    }

    @Test
    void throttlingEndsWhenTheWindowHasPassed() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        for (int attempt = 0; attempt < settings.security().loginAccountMaxFailures(); attempt++) {
            mvc.perform(login(agent.getUsername(), "wrong-password", uniqueAddress()));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/login?error=throttled"));
        // Sixteen minutes later: move the recorded failures back in time rather than waiting.
        jdbc.sql(
                        "UPDATE identity_login_attempt SET attempted_at = attempted_at - INTERVAL '16' MINUTE WHERE username = :u")
                .param("u", agent.getUsername())
                .update();
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress())).andExpect(redirectedUrl("/desk"));
    }

    /** The device cookie a browser receives when the account signs in with it. */
    private Cookie knownDeviceOf(UserAccount account) throws Exception {
        MvcResult result = mvc.perform(login(account.getUsername(), PASSWORD, uniqueAddress()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login");
        Cookie cookie = result.getResponse().getCookie(KnownDevices.COOKIE);
        assertThat(cookie).as("a signed-in browser becomes a known device").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        return new Cookie(cookie.getName(), cookie.getValue());
    }

    private static String encoded(UserAccount account) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(account.getUsername().getBytes(StandardCharsets.UTF_8));
    }

    private void moveAttemptsBack(UserAccount account, int seconds) {
        jdbc.sql("UPDATE identity_login_attempt SET attempted_at = attempted_at - INTERVAL '" + seconds + "' SECOND"
                        + " WHERE username = :u")
                .param("u", account.getUsername())
                .update();
    }

    @Test
    void aDisabledUserIsToldSoOnlyWithTheRightPassword() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        users.disable(agent.getId());
        String address = uniqueAddress();
        mvc.perform(login(agent.getUsername(), "wrong-password", address))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        mvc.perform(post("/login").param("username", agent.getUsername()).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login")
                        .param("username", agent.getUsername())
                        .param("password", PASSWORD)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestWithoutSessionIsSentToTheLoginPageAsAWholePage() throws Exception {
        mvc.perform(get("/desk").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
        mvc.perform(get("/desk")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void afterLoginTheUserGoesBackToThePageTheyAskedFor() {
        UserAccount admin = staff(Role.ADMIN);
        HttpSession browser = new HttpSession(port);
        assertThat(browser.get("/back/admin/users").statusCode()).isEqualTo(302);
        HttpResponse<String> login = browser.login(admin.getUsername(), PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/back/admin/users"));
    }

    @Test
    void afterLoginAPageOfAnotherZoneIsNotWhereTheUserLands() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession browser = new HttpSession(port);
        browser.get("/back/admin/users");
        HttpResponse<String> login = browser.login(agent.getUsername(), PASSWORD);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
    }

    @Test
    void logoutEndsTheSession() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession browser = new HttpSession(port);
        browser.login(agent.getUsername(), PASSWORD);
        assertThat(browser.get("/desk").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = browser.post("/logout");
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(browser.get("/desk").statusCode()).isEqualTo(302);
    }
}
