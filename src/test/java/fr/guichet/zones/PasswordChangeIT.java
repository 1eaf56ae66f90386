package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.IdentitySettings;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * A password reset by an administrator ends the user's sessions and must be replaced at the next login; a user who
 * changes their own password ends their other sessions, and the check of their current password is throttled.
 */
class PasswordChangeIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentitySettings settings;

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

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsButNotThisOne() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession laptop = new HttpSession(port);
        laptop.login(agent.getUsername(), PASSWORD);
        HttpSession phone = new HttpSession(port);
        phone.login(agent.getUsername(), PASSWORD);
        assertThat(phone.get("/desk").statusCode()).isEqualTo(200);

        laptop.get("/account/password");
        HttpResponse<String> changed = laptop.post(
                "/account/password",
                "currentPassword",
                PASSWORD,
                "newPassword",
                "Une-autre-phrase-secrete",
                "confirmation",
                "Une-autre-phrase-secrete");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(laptop.get("/desk").statusCode())
                .as("the session it was changed from")
                .isEqualTo(200);
        assertThat(phone.get("/desk").statusCode())
                .as("the other session ended")
                .isEqualTo(302);
    }

    @Test
    void theCurrentPasswordCheckIsThrottledLikeALogin() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession browser = new HttpSession(port);
        browser.login(agent.getUsername(), PASSWORD);
        browser.get("/account/password");
        for (int attempt = 0; attempt < settings.security().loginMaxFailures(); attempt++) {
            HttpResponse<String> wrong = browser.post(
                    "/account/password",
                    "currentPassword",
                    "devine-" + attempt,
                    "newPassword",
                    "Une-autre-phrase-secrete",
                    "confirmation",
                    "Une-autre-phrase-secrete");
            assertThat(wrong.body()).contains("Le mot de passe actuel est incorrect.");
        }
        HttpResponse<String> right = browser.post(
                "/account/password",
                "currentPassword",
                PASSWORD,
                "newPassword",
                "Une-autre-phrase-secrete",
                "confirmation",
                "Une-autre-phrase-secrete");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(right.body())).contains("Trop de tentatives ont échoué");
        assertThat(new HttpSession(port)
                        .login(agent.getUsername(), PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .as("the password did not change")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/desk"));
    }

    @Test
    void aCommonPasswordIsRefusedAndTheFormShowsAStrengthMeter() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession browser = new HttpSession(port);
        browser.login(agent.getUsername(), PASSWORD);
        String form = browser.get("/account/password").body();
        assertThat(form)
                .contains("data-strength-for=\"newPassword\"")
                .contains("aria-live=\"polite\"")
                .contains("/js/password-strength.js")
                .contains("Les mots de passe courants");
        assertThat(browser.get("/js/password-strength.js").statusCode()).isEqualTo(200);

        HttpResponse<String> common = browser.post(
                "/account/password",
                "currentPassword",
                PASSWORD,
                "newPassword",
                "Motdepasse2026!",
                "confirmation",
                "Motdepasse2026!");
        assertThat(common.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(common.body())).contains("Ce mot de passe est trop courant");
    }
}
