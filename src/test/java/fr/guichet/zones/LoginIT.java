package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One login page for everybody: where each user lands, what a failed login says, throttling, CSRF, htmx. */
class LoginIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void fiveFailuresForOneAccountRefuseEvenTheRightPassword() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        for (int attempt = 0; attempt < 5; attempt++) {
            // a new address each time: only the account is counted here
            mvc.perform(login(agent.getUsername(), "wrong-password-" + attempt, uniqueAddress()))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/login?error=throttled"));
        // another account is not affected
        mvc.perform(login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD, uniqueAddress()))
                .andExpect(redirectedUrl("/desk"));
    }

    @Test
    void fiveFailuresFromOneAddressRefuseThatAddress() throws Exception {
        String address = uniqueAddress();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(login(unique("guess"), "wrong-password", address))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        UserAccount agent = staff(Role.FRONT_OFFICE);
        mvc.perform(login(agent.getUsername(), PASSWORD, address)).andExpect(redirectedUrl("/login?error=throttled"));
        mvc.perform(login(agent.getUsername(), PASSWORD, uniqueAddress())).andExpect(redirectedUrl("/desk"));
    }

    @Test
    void throttlingEndsWhenTheWindowHasPassed() throws Exception {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        for (int attempt = 0; attempt < 5; attempt++) {
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
