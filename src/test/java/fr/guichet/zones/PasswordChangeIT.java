package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A password reset by an administrator ends the user's sessions and must be replaced at the next login. */
class PasswordChangeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession before = new HttpSession(port);
        before.login(agent.getUsername(), PASSWORD);
        assertThat(before.get("/desk").statusCode()).isEqualTo(200);

        users.resetPassword(agent.getId(), "Provisoire-2026-abc");
        assertThat(before.get("/desk").statusCode())
                .as("the open session ended")
                .isEqualTo(302);

        HttpSession browser = new HttpSession(port);
        HttpResponse<String> login = browser.login(agent.getUsername(), "Provisoire-2026-abc");
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        HttpResponse<String> desk = browser.get("/desk");
        assertThat(desk.statusCode()).isEqualTo(302);
        assertThat(desk.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));

        String page = browser.get("/account/password").body();
        assertThat(page).contains("choisissez-en un nouveau");

        HttpResponse<String> mismatch = browser.post(
                "/account/password",
                "currentPassword",
                "Provisoire-2026-abc",
                "newPassword",
                "Nouveau-mot-de-passe-1",
                "confirmation",
                "Autre-chose-encore-1");
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body())
                .contains("La confirmation ne correspond pas au nouveau mot de passe.")
                .doesNotContain("Nouveau-mot-de-passe-1");

        HttpResponse<String> tooShort = browser.post(
                "/account/password",
                "currentPassword",
                "Provisoire-2026-abc",
                "newPassword",
                "court",
                "confirmation",
                "court");
        assertThat(tooShort.body()).contains("au moins 12 caractères");

        HttpResponse<String> wrongCurrent = browser.post(
                "/account/password",
                "currentPassword",
                "pas-le-bon-mot",
                "newPassword",
                "Nouveau-mot-de-passe-1",
                "confirmation",
                "Nouveau-mot-de-passe-1");
        assertThat(wrongCurrent.body()).contains("Le mot de passe actuel est incorrect.");

        HttpResponse<String> changed = browser.post(
                "/account/password",
                "currentPassword",
                "Provisoire-2026-abc",
                "newPassword",
                "Nouveau-mot-de-passe-1",
                "confirmation",
                "Nouveau-mot-de-passe-1");
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
        assertThat(browser.get("/desk").statusCode()).isEqualTo(200);
        assertThat(users.get(agent.getId()).isMustChangePassword()).isFalse();

        HttpSession later = new HttpSession(port);
        assertThat(later.login(agent.getUsername(), "Nouveau-mot-de-passe-1")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
    }
}
