package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * French by default, English by a switch that the browser remembers; the account remembers the language saved on the
 * account page (a POST), never a GET's.
 */
class LanguageIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void frenchByDefaultEnglishOnRequestAndRemembered() {
        HttpSession browser = new HttpSession(port);
        assertThat(browser.get("/").body())
                .contains("lang=\"fr\"")
                .contains("Votre informatique, un seul interlocuteur");
        assertThat(browser.get("/?lang=en").body()).contains("lang=\"en\"").contains("Your IT, one single contact");
        assertThat(browser.get("/contact").body())
                .as("the choice is remembered")
                .contains("Contact us");
        assertThat(browser.get("/?lang=de").body())
                .as("an unknown language falls back to French")
                .contains("lang=\"fr\"");
    }

    @Test
    void theChoiceFollowsTheUserToAnotherBrowser() {
        UserAccount agent = staff(Role.FRONT_OFFICE);
        HttpSession office = new HttpSession(port);
        office.login(agent.getUsername(), PASSWORD);
        assertThat(office.get("/desk?lang=en").body()).contains("Find a customer");
        assertThat(users.get(agent.getId()).getLanguage())
                .as("a GET changes the browser's language only, never the account")
                .isEqualTo(Language.FR);
        office.get("/account/password");
        assertThat(office.post("/account/language", "language", "en").statusCode())
                .isEqualTo(302);
        assertThat(users.get(agent.getId()).getLanguage()).isEqualTo(Language.EN);

        HttpSession phone = new HttpSession(port);
        assertThat(phone.get("/login").body()).contains("Connexion");
        phone.post("/login", "username", agent.getUsername(), "password", PASSWORD);
        assertThat(phone.cookie("GUICHET_LANG")).isEqualTo("en");
        assertThat(phone.get("/desk").body()).contains("Find a customer").contains("Sign out");
    }

    @Test
    void aLanguageChosenOnTheLoginPageBecomesTheAccountsOwn() {
        UserAccount agent = staff(Role.BACK_OFFICE);
        HttpSession browser = new HttpSession(port);
        assertThat(browser.get("/login?lang=en").body()).contains("Sign in");
        browser.post("/login", "username", agent.getUsername(), "password", PASSWORD);
        assertThat(browser.get("/back").body()).contains("Dashboard");
        assertThat(users.get(agent.getId()).getLanguage()).isEqualTo(Language.EN);
    }
}
