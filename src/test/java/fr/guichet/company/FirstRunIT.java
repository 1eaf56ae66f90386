package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.GuichetApplication;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.TestMail;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * A fresh install without demo data, as a company that installs Guichet starts it: the set-up code in the log, the
 * first administrator created with it on /setup, the company's identity asked before anything else, the public site
 * neutral until then.
 */
@Tag("database-independent")
class FirstRunIT {

    private static final String PASSWORD = "Premiere-Mise-En-Service-2026";

    @Test
    void aFreshInstallGoesFromTheSetUpCodeToItsOwnSite() {
        try (ConfigurableApplicationContext context = start()) {
            FirstRun firstRun = context.getBean(FirstRun.class);
            UserManagement users = context.getBean(UserManagement.class);
            CompanyManagement company = context.getBean(CompanyManagement.class);
            HttpSession visitor = new HttpSession(port(context));
            assertThat(users.count()).isZero();
            String code = firstRun.code().orElseThrow();
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

            HttpResponse<String> home = visitor.get("/");
            assertThat(home.statusCode()).as("the site is being set up").isEqualTo(503);
            assertThat(text(home))
                    .contains("Ce site est en cours de préparation")
                    .doesNotContain("Code de mise en service");
            assertThat(visitor.get("/services").statusCode()).isEqualTo(503);
            assertThat(text(home))
                    .as("no menu of links that all lead back here")
                    .doesNotContain("class=\"mainnav\"")
                    .doesNotContain("href=\"/services\"")
                    .doesNotContain("href=\"/contact\"");
            assertThat(visitor.get("/login").statusCode()).isEqualTo(200);

            HttpSession installer = new HttpSession(port(context));
            HttpResponse<String> form = installer.get("/setup");
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(text(form)).contains("Code de mise en service");
            HttpResponse<String> wrong = installer.post(
                    "/setup",
                    "code",
                    "AAAA-BBBB-CCCC",
                    "displayName",
                    "Claire Fondatrice",
                    "username",
                    "claire",
                    "email",
                    "claire@atelier.test",
                    "password",
                    PASSWORD,
                    "confirmation",
                    PASSWORD);
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(text(wrong)).contains("Ce code n’est pas le bon").contains("value=\"Claire Fondatrice\"");
            assertThat(users.count()).isZero();

            HttpResponse<String> created = installer.post(
                    "/setup",
                    "code",
                    code.toLowerCase(),
                    "displayName",
                    "Claire Fondatrice",
                    "username",
                    "claire",
                    "email",
                    "claire@atelier.test",
                    "password",
                    PASSWORD,
                    "confirmation",
                    PASSWORD);
            assertThat(created.statusCode()).isEqualTo(302);
            assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            UserAccount claire = users.findByUsername("claire").orElseThrow();
            assertThat(claire.getRoles()).contains(Role.ADMIN, Role.BACK_OFFICE);
            assertThat(firstRun.code()).as("the code is spent").isEmpty();
            assertThat(installer.get("/setup").statusCode())
                    .as("no second administrator from /setup")
                    .isEqualTo(503);
            installer.get("/login");
            assertThat(installer
                            .post(
                                    "/setup",
                                    "code",
                                    code,
                                    "displayName",
                                    "Intrus",
                                    "username",
                                    "intrus",
                                    "email",
                                    "intrus@atelier.test",
                                    "password",
                                    PASSWORD,
                                    "confirmation",
                                    PASSWORD)
                            .statusCode())
                    .isEqualTo(302);
            assertThat(users.findByUsername("intrus")).isEmpty();

            HttpResponse<String> login = installer.login("claire", PASSWORD);
            assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/back");
            HttpResponse<String> back = installer.get("/back");
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(back.headers().firstValue("Location").orElseThrow())
                    .as("the company's identity before anything else")
                    .endsWith("/back/admin/company/setup");
            assertThat(installer.get("/back/admin/users").headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/back/admin/company/setup"));

            HttpResponse<String> setup = installer.get("/back/admin/company/setup");
            assertThat(setup.statusCode()).isEqualTo(200);
            assertThat(text(setup)).contains("Présentez votre entreprise");
            HttpResponse<String> refused =
                    installer.post("/back/admin/company/setup", "tradeName", "", "siren", "123", "version", "0");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(text(refused))
                    .contains("Ce champ est obligatoire.")
                    .contains("Ce SIREN n’est pas valide")
                    .contains("value=\"123\"");
            HttpResponse<String> done = installer.post(
                    "/back/admin/company/setup",
                    "tradeName",
                    "Atelier Lumière",
                    "legalName",
                    "Atelier Lumière SARL",
                    "siren",
                    "842 153 678",
                    "vatNumber",
                    "FR16842153678",
                    "defaultLanguage",
                    "FR",
                    "openingHours",
                    "Du mardi au samedi, 10 h – 19 h",
                    "phone",
                    "01 23 45 67 89",
                    "version",
                    "0");
            assertThat(done.statusCode()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/back");
            assertThat(company.isSetUp()).isTrue();
            assertThat(company.history(50, 0).changes()).anySatisfy(change -> {
                assertThat(change.field()).isEqualTo("tradeName");
                assertThat(change.by()).isEqualTo("Claire Fondatrice");
                assertThat(change.after()).isEqualTo("Atelier Lumière");
            });

            HttpResponse<String> backNow = installer.get("/back");
            assertThat(backNow.statusCode()).isEqualTo(200);
            assertThat(text(backNow)).contains("<span>Atelier Lumière</span>");
            HttpResponse<String> site = visitor.get("/");
            assertThat(site.statusCode()).isEqualTo(200);
            assertThat(text(site)).contains("Atelier Lumière").doesNotContain("en cours de préparation");
            assertThat(text(visitor.get("/contact"))).contains("Du mardi au samedi, 10 h – 19 h");
            assertThat(visitor.get("/setup").statusCode())
                    .as("the first run is over")
                    .isEqualTo(404);

            // the legal places have their fixed places in the footer before their pages are written
            assertThat(text(site))
                    .contains("<a href=\"/fr/mentions-legales\">Mentions légales</a>")
                    .contains("<a href=\"/fr/conditions-generales-de-vente\">Conditions générales de vente</a>")
                    .contains("<a href=\"/fr/confidentialite\">Politique de confidentialité</a>");
            HttpResponse<String> notice = visitor.get("/fr/mentions-legales");
            assertThat(notice.statusCode()).isEqualTo(200);
            assertThat(text(notice))
                    .contains("<h1>Mentions légales</h1>")
                    .contains("Atelier Lumière rédige cette page")
                    .contains("zone-public")
                    .contains("name=\"robots\" content=\"noindex");
            HttpResponse<String> privacy = visitor.get("/en/privacy");
            assertThat(privacy.statusCode()).isEqualTo(200);
            assertThat(text(privacy)).contains("<h1>Privacy policy</h1>").contains("<html lang=\"en\"");
            assertThat(visitor.get("/fr/nulle-part").statusCode()).isEqualTo(404);

            // the history speaks the form's words: a language by its name, an empty field as such
            String history = text(installer.get("/back/admin/company"));
            assertThat(history)
                    .contains("<td class=\"company-value\">non renseigné</td>")
                    .contains("<td class=\"company-value\">Français</td>")
                    .doesNotContain("<td class=\"company-value\">fr</td>")
                    .doesNotContain("(vide)");
        }
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GuichetApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:firstrun-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
                        "--guichet.demo-data=false",
                        "--guichet.mail.inbound.initial-delay=PT1H",
                        "--guichet.scheduling.enabled=false");
    }
}
