package fr.guichet.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.browser.ChromiumAvailable;
import fr.guichet.browser.HeadlessChromium;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a customer typing a portal request's subject is shown the matching article beside the form, opens
 * it (counted), then sends the request anyway (not counted as avoided); a visitor sees the same on the contact page;
 * an agent inserts an article's link into a reply. Screenshots under target/screenshots/.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class DeflectionBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RequestManagement requests;

    @Autowired
    DeflectionManagement deflection;

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
    void aCustomerWritingARequestIsShownTheMatchingArticle() throws IOException {
        String marker = marker();
        long article = new TestArticles(jdbc)
                .publicFrench(
                        unique("imprimante-bloquee"),
                        "Imprimante bloquée : relancer la file d’impression",
                        "Quand plus rien ne sort de l’imprimante " + marker,
                        "Ouvrez la file d’impression, annulez les documents en attente, puis éteignez et rallumez"
                                + " l’imprimante.");
        UserAccount customer = customerUser();
        signIn(customer.getUsername(), "/portal");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/portal/requests/new"));
        new Select(browser.findElement(By.id("category"))).selectByValue("TECHNICAL");
        browser.findElement(By.id("subject")).sendKeys("Mon imprimante est bloquée " + marker);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement suggestion = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#deflection-suggestions a[href*='/help/suggest/" + article + "?']")));
        assertThat(suggestion.getText()).contains("Imprimante bloquée");
        assertThat(browser.findElement(By.cssSelector("#deflection-suggestions mark"))
                        .getText())
                .isEqualToIgnoringCase("imprimante");
        shot("deflection-portal-new-1366.png");
        assertBesideTheSubject();
        browser.manage().window().setSize(new Dimension(390, 844));
        assertRightUnderTheSubject();
        shot("deflection-portal-new-390.png");
        browser.manage().window().setSize(new Dimension(1366, 900));

        String form = browser.getWindowHandle();
        suggestion.click(); // opens in a new tab; the form keeps what was typed
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        wait.until(driver -> opened(article) == 1);
        for (String handle : browser.getWindowHandles()) {
            if (!handle.equals(form)) {
                browser.switchTo().window(handle).close();
            }
        }
        browser.switchTo().window(form);
        browser.findElement(By.id("description")).sendKeys("L’article ne m’a pas suffi.");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-"));
        assertThat(jdbc.sql("""
                        SELECT f.request_reference FROM knowledge_deflection_form f
                        JOIN knowledge_deflection_open o ON o.token = f.token WHERE o.article_id = :article
                        """).param("article", article).query(String.class).single())
                .as("the request sent after all is tied to the form's token")
                .isEqualTo(browser.getCurrentUrl().replaceAll(".*/portal/requests/", ""));
    }

    @Test
    void aVisitorSeesTheSuggestionsOnTheContactPageAndCanSearchTheHelp() throws IOException {
        String marker = marker();
        new TestArticles(jdbc)
                .publicFrench(
                        unique("facture"),
                        "Télécharger vos factures",
                        "Vos factures " + marker,
                        "Toutes vos factures sont dans le portail client, rubrique Documents.");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/contact"));
        browser.findElement(By.id("subject")).sendKeys("Question sur une facture " + marker);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("deflection-suggestions"), "Télécharger vos factures"));
        shot("deflection-contact-1366.png");
        assertBesideTheSubject();
        browser.manage().window().setSize(new Dimension(390, 844));
        assertRightUnderTheSubject();
        shot("deflection-contact-390.png");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/help/search?q=factures+" + marker));
        assertThat(browser.findElement(By.cssSelector(".help-results")).getText())
                .contains("Télécharger vos factures");
        shot("help-search-1366.png");
    }

    /** On a wide screen, the suggestions stand to the right of the subject field, level with the form's top. */
    private static void assertBesideTheSubject() {
        Rectangle subject = browser.findElement(By.id("subject")).getRect();
        Rectangle panel =
                browser.findElement(By.cssSelector(".deflection-panel")).getRect();
        assertThat(panel.getX())
                .as("the panel is right of the field")
                .isGreaterThan(subject.getX() + subject.getWidth());
        assertThat(panel.getY())
                .as("and starts above the field's bottom")
                .isLessThan(subject.getY() + subject.getHeight());
    }

    /**
     * On a phone, the first suggestion is right under the subject field: on screen while the field is (the field
     * scrolled to the middle of the screen, as a phone does while typing).
     */
    private static void assertRightUnderTheSubject() {
        WebElement subject = browser.findElement(By.id("subject"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", subject);
        WebElement first = browser.findElement(By.cssSelector("#deflection-suggestions .deflection-list a"));
        @SuppressWarnings("unchecked")
        Map<String, Object> places = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript(
                        "const s = arguments[0].getBoundingClientRect(), f = arguments[1].getBoundingClientRect();"
                                + " return {fieldBottom: s.bottom, firstTop: f.top, firstBottom: f.bottom,"
                                + " height: window.innerHeight};",
                        subject,
                        first);
        double fieldBottom = ((Number) places.get("fieldBottom")).doubleValue();
        double firstTop = ((Number) places.get("firstTop")).doubleValue();
        double firstBottom = ((Number) places.get("firstBottom")).doubleValue();
        double height = ((Number) places.get("height")).doubleValue();
        assertThat(firstTop).as("under the field").isGreaterThan(fieldBottom);
        assertThat(firstTop - fieldBottom).as("right under it").isLessThan(150);
        assertThat(firstBottom).as("on screen").isLessThan(height);
    }

    @Test
    void anAgentInsertsAnArticlesLinkIntoTheReply() throws IOException {
        String marker = marker();
        String slug = unique("vpn");
        new TestArticles(jdbc)
                .publicFrench(slug, "Se connecter au VPN", "Accès distant " + marker, "Installez le client VPN.");
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "VPN", "Comment me connecter ?"), TestRequests.actorOf(customer));
        UserAccount agent = staff(Role.FRONT_OFFICE);
        signIn(agent.getUsername(), "/desk");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/desk/requests/" + request.getReference()));
        browser.findElement(By.cssSelector(".article-picker-live > summary")).click();
        WebElement search = browser.findElement(By.id("article-pick-q"));
        search.sendKeys("vpn " + marker);
        search.sendKeys("\n"); // Enter searches; it never sends the reply
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement insert = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#article-pick-results button[data-insert*='/help/articles/" + slug + "']")));
        shot("deflection-picker-1366.png");
        insert.click();
        assertThat(browser.findElement(By.id("composer-body")).getAttribute("value"))
                .contains("Se connecter au VPN : http://localhost:8080/help/articles/" + slug);
        assertThat(browser.getCurrentUrl()).endsWith("/desk/requests/" + request.getReference());
    }

    @Test
    void theBackOfficeSeesTheRequestsAvoidedPerArticle() throws IOException {
        long article = new TestArticles(jdbc)
                .publicFrench(
                        unique("wifi"), "Retrouver le mot de passe du Wi-Fi", "Wi-Fi", "Sur l’étiquette de la box.");
        String token = deflection.issue();
        deflection.opened(token, DeflectionChannel.CONTACT, article, fr.guichet.shared.Language.FR);
        jdbc.sql("UPDATE knowledge_deflection_form SET first_opened_at = first_opened_at - INTERVAL '1' HOUR"
                        + " WHERE token = :token")
                .param("token", token)
                .update();
        signIn(staff(Role.BACK_OFFICE).getUsername(), "/back");
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/back/knowledge/deflection?days=7"));
        assertThat(browser.findElement(By.cssSelector("table.data")).getText())
                .contains("Retrouver le mot de passe du Wi-Fi");
        shot("deflection-back-figures-1366.png");
    }

    private int opened(long article) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_deflection_open WHERE article_id = :article")
                .param("article", article)
                .query(Integer.class)
                .single();
    }

    private void signIn(String username, String home) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(home)));
    }

    private void shot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static String marker() {
        return "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
