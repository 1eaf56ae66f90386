package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.counter.CounterFigures;
import fr.guichet.counter.CounterSetupManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The waiting room in real browsers: a visitor takes a ticket at the kiosk, the wall display (another browser) shows
 * the call as soon as an agent makes it — pushed by server-sent events, without reloading — and the agent serves the
 * visitor and records the visit as a counter request, which the counter's figures then count.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class CounterBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver display;
    private static WebDriver visitor;

    @LocalServerPort
    int port;

    @Autowired
    CounterSetupManagement setup;

    @Autowired
    CounterFigures figures;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        display = HeadlessChromium.start();
        visitor = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(display);
        HeadlessChromium.stop(visitor);
    }

    @Test
    void aVisitorTakesATicketTheDisplayCallsItAndTheAgentRecordsTheVisit() throws IOException {
        jdbc.sql("UPDATE counter_ticket SET status = 'NO_SHOW' WHERE status IN ('WAITING', 'CALLED')")
                .update();
        Instant start = Instant.now().minusSeconds(1);
        var links = setup.setup();
        display.manage().window().setSize(new Dimension(1366, 768));
        display.get(url("/counter/display/" + links.displaySecret()));
        WebDriverWait displayWait = new WebDriverWait(display, Duration.ofSeconds(10));
        displayWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board")));

        visitor.manage().window().setSize(new Dimension(390, 844));
        visitor.get(url("/counter/kiosk/" + links.kioskSecret()));
        screenshot(visitor, "counter-kiosk-390");
        visitor.findElement(By.id("visitorName")).sendKeys("Hélène Visiteuse");
        visitor.findElements(By.cssSelector("button.kiosk-reason")).get(0).click();
        WebDriverWait wait = new WebDriverWait(visitor, Duration.ofSeconds(10));
        String label = wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kiosk-ticket .ticket-number")))
                .getText();
        assertThat(label).matches("[A-Z]-\\d{3,}");
        assertThat(visitor.findElement(By.cssSelector(".ticket-wait")).getText())
                .isNotBlank();
        screenshot(visitor, "counter-kiosk-ticket-390");

        UserAccount agent = staff(Role.FRONT_OFFICE);
        visitor.manage().deleteAllCookies();
        visitor.manage().window().setSize(new Dimension(1366, 768));
        visitor.get(url("/login"));
        visitor.findElement(By.id("username")).sendKeys(agent.getUsername());
        visitor.findElement(By.id("password")).sendKeys(PASSWORD);
        visitor.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/desk")));
        visitor.get(url("/desk/counter"));
        assertThat(visitor.findElement(By.cssSelector(".counter-waiting")).getText())
                .contains(label, "Hélène Visiteuse");
        screenshot(visitor, "counter-desk-1366");
        visitor.findElement(By.cssSelector("button[aria-label$='" + label + "']"))
                .click();

        displayWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".display-now"), label));
        assertThat(display.findElement(By.cssSelector(".display-now")).getText())
                .contains("Guichet");
        screenshot(display, "counter-display-1366");

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Il est là')]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=subject]")))
                .sendKeys("Attestation d’assurance");
        visitor.findElement(By.cssSelector("textarea[name=description]"))
                .sendKeys("La cliente demande une attestation");
        visitor.findElement(By.cssSelector("textarea[name=answer]")).sendKeys("Attestation imprimée et remise");
        screenshot(visitor, "counter-serving-1366");
        visitor.findElement(By.xpath("//button[contains(., 'Enregistrer et terminer')]"))
                .click();
        // The page that served the visit had a flash of its own ("called"): wait for the one that
        // names the request, reading it again when htmx swaps it under our feet.
        String flash = wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            String text = driver.findElement(By.cssSelector(".flash")).getText();
            return text.contains("DEM-") ? text : null;
        });

        List<CounterFigures.CounterTicketLine> lines =
                figures.tickets(start, Instant.now().plusSeconds(1), null, null, 10);
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.number()).isEqualTo(label);
            assertThat(line.requestReference()).startsWith("DEM-");
            assertThat(flash).contains(line.requestReference());
        });
        assertThat(figures.visits(start, Instant.now().plusSeconds(1), null).stream()
                        .mapToLong(CounterFigures.CounterVisits::served)
                        .sum())
                .isEqualTo(1);

        // The figures of the day, as the administrator reads them, count the visit: its reason at its hour.
        UserAccount admin = staff(Role.ADMIN, Role.BACK_OFFICE);
        visitor.manage().deleteAllCookies();
        visitor.get(url("/login"));
        visitor.findElement(By.id("username")).sendKeys(admin.getUsername());
        visitor.findElement(By.id("password")).sendKeys(PASSWORD);
        visitor.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/back")));
        visitor.get(url("/back/reports?unit=DAY"));
        String counterCard = visitor.findElement(By.cssSelector("section[aria-labelledby=counter-title]"))
                .getText();
        CounterFigures.CounterVisits ours = figures
                .visits(
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                                .atStartOfDay(java.time.ZoneId.of("Europe/Paris"))
                                .toInstant(),
                        Instant.now().plusSeconds(1),
                        null)
                .stream()
                .filter(v -> v.reasonCode().equals(label.substring(0, 1)))
                .filter(v -> v.served() > 0)
                .findFirst()
                .orElseThrow();
        String reasonFr = setup.activeReasons().stream()
                .filter(r -> r.letter().equals(ours.reasonCode()))
                .findFirst()
                .orElseThrow()
                .label(java.util.Locale.FRENCH);
        assertThat(counterCard).containsIgnoringCase(reasonFr);
        assertThat(visitor.findElements(By.cssSelector("section[aria-labelledby=counter-title] tbody tr")))
                .anySatisfy(row ->
                        assertThat(row.getText()).containsIgnoringCase(reasonFr).contains(" " + ours.served() + " "));
        screenshot(visitor, "counter-in-reports-1366");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
