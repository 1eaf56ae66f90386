package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webmaster's golden path in a real headless Chromium: write a page in French and English, preview it as visitors
 * will see it, publish it; then a visitor finds it in the site's menu in both languages.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class SitePagesBrowserIT extends IntegrationTest {

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
    void aWebmasterWritesPreviewsAndPublishesAPageThatVisitorsFindInTheMenuInBothLanguages() throws IOException {
        String suffix = unique("n").replaceAll("[^a-z0-9]", "");
        String french = "Nos engagements " + suffix;
        String english = "Our commitments " + suffix;
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username"))
                .sendKeys(staff(Role.BACK_OFFICE, Role.WEBMASTER).getUsername());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(ExpectedConditions.urlToBe(url("/back")));

        browser.get(url("/back/website"));
        screenshot("back-website-pages");
        browser.findElement(By.linkText("Nouvelle page")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("titleFr")));
        browser.findElement(By.id("menuPosition")).sendKeys("4");
        browser.findElement(By.id("titleFr")).sendKeys(french);
        browser.findElement(By.id("bodyFr"))
                .sendKeys("## Nos promesses\n\n- Une réponse sous **4 heures ouvrées**\n- Un seul interlocuteur\n");
        browser.findElement(By.id("titleEn")).sendKeys(english);
        browser.findElement(By.id("bodyEn"))
                .sendKeys("## Our promises\n\n- An answer within **4 business hours**\n- One single contact\n");
        screenshot("back-website-editor-new");
        browser.findElement(By.cssSelector("button[value=preview]")).click();

        wait(ExpectedConditions.urlMatches(".*/preview$"));
        assertThat(browser.findElement(By.cssSelector(".preview-banner")).getText())
                .contains("Aperçu du brouillon");
        assertThat(browser.findElement(By.cssSelector(".site-article h2")).getText())
                .isEqualTo("Nos promesses");
        assertThat(browser.findElement(By.cssSelector(".site-body strong")).getText())
                .isEqualTo("4 heures ouvrées");
        screenshot("back-website-preview-fr");
        browser.findElement(By.linkText("Voir en anglais")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".site-article h1"), english));
        screenshot("back-website-preview-en");
        browser.findElement(By.cssSelector(".preview-banner button[type=submit]"))
                .click();

        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Page publiée");
        assertThat(browser.findElement(By.cssSelector(".page-state")).getText()).contains("Publiée");
        screenshot("back-website-editor-published");
        String live = browser.findElements(By.cssSelector(".live-link")).get(0).getText();
        assertThat(live).startsWith("/fr/nos-engagements-");
        browser.findElement(By.cssSelector("form.logout-form button")).click();
        wait(ExpectedConditions.urlContains("/login"));

        browser.manage().deleteAllCookies();
        browser.get(url("/?lang=fr"));
        WebElement frenchLink = browser.findElement(By.linkText(french));
        assertThat(menuLabels()).containsSubsequence("Accueil", "Services", "À propos", french, "Contact");
        frenchLink.click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), french));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(live));
        assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang"))
                .isEqualTo("fr");
        screenshot("public-page-fr");

        browser.findElement(By.cssSelector(".lang-switch a[hreflang=en]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), english));
        assertThat(browser.getCurrentUrl()).contains("/en/our-commitments-");
        assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(menuLabels()).containsSubsequence("Home", "Services", "About us", english, "Contact");
        assertThat(browser.findElement(By.cssSelector(".site-body strong")).getText())
                .isEqualTo("4 business hours");
        screenshot("public-page-en");
        browser.findElement(By.linkText("Home")).click();
        wait(ExpectedConditions.urlToBe(url("/en")));
        assertThat(browser.findElement(By.linkText(english)).isDisplayed()).isTrue();
        screenshot("public-home-en");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url(live));
        screenshot("public-page-fr-phone");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .map(LogEntry::getMessage)
                        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                        .toList())
                .isEmpty();
    }

    private List<String> menuLabels() {
        return browser.findElements(By.cssSelector(".mainnav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
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
