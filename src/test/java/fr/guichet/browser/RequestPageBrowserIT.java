package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Message;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestStatus;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The request page in a real headless Chromium: at 1366×768 the composer is in sight on load; the keyboard chooses the
 * act (r, n), ignores letters typed in the text, lists its shortcuts on '?' in a dialog that Esc closes, sends with
 * Ctrl+Enter (reply and wait for the customer, in one submit) and opens the next request of the queue (j); no CSP
 * violation. Screenshots at 1366×768 and 390×844.
 */
@ExtendWith(ChromiumAvailable.class)
class RequestPageBrowserIT extends IntegrationTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    @Test
    void theComposerIsInSightAndTheKeyboardWorksIt() throws IOException {
        UserAccount customer = customerUser();
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Imprimante du comptoir", "Erreur E-32 depuis ce matin."),
                TestRequests.actorOf(customer));
        requests.submit(TestRequests.fromPortal(customer, "Une autre demande"), TestRequests.actorOf(customer));
        String username = staff(Role.FRONT_OFFICE).getUsername();
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlToBe(url("/desk")));
        browser.get(url("/desk/requests/" + request.getReference()));

        // in sight on load: the composer's text and its send button within the first screen
        long viewport = ((Number) js("return window.innerHeight")).longValue();
        assertThat(viewport).isGreaterThan(600);
        assertThat(((Number) js("return document.getElementById('composer').getBoundingClientRect().top"))
                        .doubleValue())
                .isBetween(0.0, (double) viewport);
        assertThat(((Number) js("return document.getElementById('composer-send').getBoundingClientRect().bottom"))
                        .doubleValue())
                .isLessThan(viewport);
        screenshot("request-page-desk-1366");

        // n: the internal note, the cursor in the text; letters typed there are text, not shortcuts
        WebElement text = browser.findElement(By.id("composer-body"));
        new Actions(browser).sendKeys("n").perform();
        assertThat(browser.findElement(By.id("act-NOTE")).isSelected()).isTrue();
        assertThat(js("return document.activeElement.id")).isEqualTo("composer-body");
        assertThat(browser.findElement(By.id("composer")).getDomAttribute("class"))
                .contains("is-internal");
        text.sendKeys("r?j");
        assertThat(browser.findElement(By.id("act-NOTE")).isSelected()).isTrue();
        assertThat(text.getDomProperty("value")).isEqualTo("r?j");
        assertThat((Boolean) js("return document.getElementById('shortcuts').open"))
                .isFalse();
        text.clear();

        // ?: the shortcuts in a dialog, Esc closes it
        js("document.activeElement.blur()");
        new Actions(browser).sendKeys("?").perform();
        assertThat((Boolean) js("return document.getElementById('shortcuts').open"))
                .isTrue();
        assertThat(browser.findElement(By.id("shortcuts")).getText())
                .contains("Répondre")
                .contains("demande suivante");
        screenshot("request-page-shortcuts");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(b -> Boolean.FALSE.equals(js("return document.getElementById('shortcuts').open")));

        // r: the reply; a reply that waits for the customer, sent with Ctrl+Enter
        new Actions(browser).sendKeys("r").perform();
        assertThat(browser.findElement(By.id("act-REPLY")).isSelected()).isTrue();
        new Select(browser.findElement(By.id("composer-status"))).selectByValue("WAITING_CUSTOMER");
        text = browser.findElement(By.id("composer-body"));
        text.sendKeys("Pouvez-vous nous envoyer une photo de l'écran ?");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        Request waiting = requests.get(request.getId());
        assertThat(waiting.getStatus()).isEqualTo(RequestStatus.WAITING_CUSTOMER);
        assertThat(requests.conversation(request.getId(), false))
                .extracting(Message::body)
                .contains("Pouvez-vous nous envoyer une photo de l'écran ?");

        // j: the next request of the front office's queue
        String next = browser.findElement(By.id("next-request")).getDomAttribute("href");
        assertThat(next).startsWith("/desk/requests/DEM-").doesNotEndWith(request.getReference());
        new Actions(browser).sendKeys("j").perform();
        wait.until(ExpectedConditions.urlToBe(url(next)));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/desk/requests/" + request.getReference()));
        assertThat(browser.findElement(By.id("composer-body")).isDisplayed()).isTrue();
        assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(((Number) js("return window.innerWidth")).longValue());
        screenshot("request-page-desk-390");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                        .toList())
                .isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
