package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The strength meter of the password form in a real headless Chromium: it appears with JavaScript, says in the
 * page's language how strong the typed password is, in a polite live region, without breaking the CSP.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class PasswordStrengthBrowserIT extends IntegrationTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    @Test
    void theMeterTellsHowStrongTheNewPasswordIs() throws IOException {
        String username = staff(Role.FRONT_OFFICE).getUsername();
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/desk")));
        browser.get(url("/account/password"));

        WebElement box = browser.findElement(By.id("newPassword-strength"));
        assertThat(box.isDisplayed()).as("shown once the script runs").isTrue();
        WebElement text = browser.findElement(By.id("newPassword-strength-text"));
        assertThat(text.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(text.getText()).contains("Saisissez un mot de passe");

        WebElement field = browser.findElement(By.id("newPassword"));
        field.sendKeys("court");
        assertThat(text.getText()).contains("Trop court");
        field.clear();
        field.sendKeys("Azerty123456!");
        assertThat(text.getText()).contains("Faible");
        assertThat(box.getDomAttribute("data-level")).isEqualTo("weak");
        field.clear();
        field.sendKeys("Tartines de confiture au petit matin");
        assertThat(box.getDomAttribute("data-level")).isIn("good", "strong");
        assertThat(browser.findElement(By.id("newPassword-strength-meter")).getDomProperty("value"))
                .isIn("3", "4");
        screenshot("account-password-strength");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                        .toList())
                .isEmpty();
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
