package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.Organisation;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestOrganisations;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, the desk's intake form fetches the organisation's contacts and tells where the request will go as
 * the agent picks the organisation and the category, without reloading the page and without losing what was typed.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class DeskIntakeBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

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
    void theContactsAndTheRouteAppearAsTheAgentFillsTheForm() throws IOException {
        Organisation organisation = customers.register(TestOrganisations.customerCompany(unique("Fromagerie")));
        customers.addContact(organisation.getId(), "Aline", "Roux", "Gérante", "aline@example.fr", null);
        UserAccount agent = staff(Role.FRONT_OFFICE);
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(agent.getUsername());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlToBe(url("/desk")));

        browser.get(url("/desk/requests/new"));
        browser.findElement(By.id("subject")).sendKeys("Lecteur de cartes en panne");
        new Select(browser.findElement(By.id("organisationId"))).selectByValue(String.valueOf(organisation.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#contactId option:nth-child(2)")));
        assertThat(browser.findElement(By.id("contactId")).getText()).contains("Aline Roux");

        new Select(browser.findElement(By.id("category"))).selectByValue("TECHNICAL");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("routing"), "Les règles"));
        new Select(browser.findElement(By.id("destination"))).selectByValue("front");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("routing"), "restera à l’accueil"));
        assertThat(browser.findElement(By.id("subject")).getAttribute("value"))
                .as("nothing typed is lost")
                .isEqualTo("Lecteur de cartes en panne");
        Files.write(
                SCREENSHOTS.resolve("desk-intake-1366.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
