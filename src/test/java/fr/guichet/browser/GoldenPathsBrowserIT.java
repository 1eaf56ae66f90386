package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestStatus;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12's two golden paths, clicked through in a real headless Chromium by the demo company's people, with
 * screenshots at 1366 × 768 and 390 × 844 (target/screenshots):
 *
 * <ol>
 *   <li>a portal request that the rules send straight to technical support has its interlocutor from the start;
 *       support asks the interlocutor a question; the interlocutor sees the alert and answers; support returns the
 *       request with its answer; the interlocutor replies to the customer and resolves in one submit; the customer
 *       rates with a comment; support's team lead reads the comment;
 *   <li>an internal request from support to IT is answered and resolved by IT, and the colleague who asked closes it.
 * </ol>
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class GoldenPathsBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    UserManagement users;

    private WebDriverWait wait;

    @BeforeAll
    static void startChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    @Test
    void aPortalRequestRoutedToSupportGoesRoundItsInterlocutorAndIsRated() throws IOException {
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.manage().window().setSize(new Dimension(1366, 768));
        String subject = "Sauvegarde en échec " + unique("g");

        // The customer asks on the portal; the rules send technical requests to support.
        signIn("client", "/portal");
        browser.get(url("/portal/requests/new"));
        new Select(browser.findElement(By.id("category"))).selectByValue("TECHNICAL");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("La sauvegarde de cette nuit a échoué sur le serveur.");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-\\d{4}-\\d{6,}$"));
        String reference =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        Request submitted = requests.findByReference(reference).orElseThrow();
        assertThat(submitted.getTeamId()).as("sent straight to a team").isNotNull();
        assertThat(submitted.getOwnerId()).as("an interlocutor from the start").isNotNull();
        String owner = users.get(submitted.getOwnerId()).getUsername();
        withDemoPassword(owner);
        String ownerName = users.get(submitted.getOwnerId()).getDisplayName();
        assertThat(browser.findElement(By.id("page")).getText()).contains(ownerName);
        screenshot("golden12-1-portal-interlocutor");
        signOut();

        // Support asks the interlocutor a question.
        signIn("support", "/back");
        browser.get(url("/back/requests/" + reference));
        compose("ASK_OWNER", "Le client a-t-il changé de disque externe cette semaine ?", null);
        flash("Question envoyée");
        signOut();

        // The interlocutor sees the alert, finds the request highlighted in "mine", and answers the team.
        signIn(owner, "/desk");
        browser.get(url("/desk/alerts"));
        assertThat(browser.findElement(By.id("page")).getText()).contains(reference);
        browser.get(url("/desk/requests?view=mine"));
        assertThat(browser.findElement(By.xpath("//tr[.//a[text()='" + reference + "']]"))
                        .getAttribute("class"))
                .contains("came-back");
        screenshot("golden12-2-mine-came-back");
        browser.findElement(By.linkText(reference)).click();
        compose("ANSWER_TEAM", "Oui, un nouveau disque a été branché lundi.", null);
        flash("Réponse envoyée à l’équipe");
        signOut();

        // Support returns it to the interlocutor with the answer.
        signIn("support", "/back");
        browser.get(url("/back/requests/" + reference));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("un nouveau disque a été branché lundi");
        compose(
                "RETURN_TO_OWNER",
                "Le nouveau disque n'était pas déclaré : c'est corrigé, la sauvegarde repart.",
                null);
        flash("rendue");
        signOut();

        // The interlocutor replies to the customer and resolves in one submit, at a phone's width.
        signIn(owner, "/desk");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/desk/requests/" + reference));
        compose("REPLY", "Bonjour, votre sauvegarde fonctionne de nouveau depuis ce midi.", "RESOLVED");
        flash("résolue");
        screenshot("golden12-3-desk-resolved-phone");
        assertThat(requests.get(submitted.getId()).getStatus()).isEqualTo(RequestStatus.RESOLVED);
        browser.manage().window().setSize(new Dimension(1366, 768));
        signOut();

        // The customer reads the answer (never the internal exchanges) and rates it with a comment.
        signIn("client", "/portal");
        browser.get(url("/portal/requests/" + reference));
        assertThat(browser.findElement(By.cssSelector(".conversation")).getText())
                .contains("votre sauvegarde fonctionne de nouveau")
                .doesNotContain("nouveau disque");
        browser.findElement(By.cssSelector("input[name=score][value='4']")).click();
        String comment = "Efficace, merci à l'équipe " + unique("c");
        browser.findElement(By.id("comment")).sendKeys(comment);
        browser.findElement(By.xpath("//button[contains(., 'Donner mon avis')]"))
                .click();
        flash("Merci");
        signOut();

        // Support's team lead reads the comment, on the request and among the team's ratings.
        signIn("chef.support", "/back");
        browser.get(url("/back/requests/ratings"));
        assertThat(browser.findElement(By.id("page")).getText())
                .contains(comment)
                .contains(reference);
        screenshot("golden12-4-lead-ratings");
        browser.get(url("/back/requests/" + reference));
        assertThat(browser.findElement(By.id("page")).getText()).contains(comment);
        signOut();
    }

    @Test
    void anInternalRequestFromSupportIsResolvedByItAndClosedByTheColleagueWhoAsked() throws IOException {
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.manage().window().setSize(new Dimension(1366, 768));
        String subject = "Poste de remplacement " + unique("i");

        signIn("support", "/back");
        browser.get(url("/back/internal-requests/new"));
        new Select(browser.findElement(By.id("category"))).selectByValue("INTERNAL_IT");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("Mon portable ne démarre plus, il me faut un poste.");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        flash("demande interne");
        String reference = browser.findElement(
                        By.xpath("//a[contains(., 'DEM-')][ancestor::tr[contains(., '" + subject + "')]]"))
                .getText();
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getTeamId()).as("the rules send it to IT").isNotNull();
        assertThat(request.getOwnerId()).as("the colleague who asked owns it").isEqualTo(staffId("support"));
        signOut();

        // IT (the administrator's team) replies to the colleague and resolves in one submit.
        signIn("admin", "/back");
        browser.get(url("/back/requests/" + reference));
        compose("REPLY", "Un poste de prêt vous attend à l'accueil informatique.", "RESOLVED");
        flash("résolue");
        signOut();

        // The colleague who asked is alerted, reads the answer on their own page, and closes it.
        signIn("support", "/back");
        browser.get(url("/back/alerts"));
        assertThat(browser.findElement(By.id("page")).getText()).contains(reference);
        browser.get(url("/back/internal-requests/" + reference));
        assertThat(browser.findElement(By.id("page")).getText())
                .contains("Un poste de prêt vous attend")
                .contains("Thomas Girard");
        screenshot("golden12-5-internal-answered");
        browser.findElement(By.xpath("//button[contains(., 'Clore la demande')]"))
                .click();
        wait.until(driver -> requests.get(request.getId()).getStatus() == RequestStatus.CLOSED);
        screenshot("golden12-6-internal-closed");
        signOut();
    }

    private long staffId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** Writes in the request page's composer with one of its acts and sends, setting a status when given. */
    private void compose(String act, String text, String status) {
        browser.findElement(By.cssSelector("label[for=act-" + act + "]")).click();
        browser.findElement(By.id("composer-body")).sendKeys(text);
        if (status != null) {
            new Select(browser.findElement(By.id("composer-status"))).selectByValue(status);
        }
        browser.findElement(By.id("composer-send")).click();
    }

    private void flash(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), text));
    }

    private void signIn(String username, String expectedZone) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(username);
        // the interlocutor given at submission may be a front-office account another test made (its password)
        browser.findElement(By.id("password")).sendKeys(username.startsWith("staff-") ? PASSWORD : DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url(expectedZone)));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".logout-form button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
