package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.reminders.ReminderRuns;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.catalogue.Unit;
import fr.guichet.requests.Category;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's reminders clicked through in a real headless Chromium by the demo company's people, with screenshots
 * (target/screenshots, {@code reminders16-*}): billing ({@code facturation}) starts the reminder run by hand and
 * watches its progress bar end; the overdue invoice's page shows its friendly reminder and letter; the customer
 * ({@code client}) opens the reminder in the portal and asks a question; the front office ({@code accueil}) finds the
 * request, about that invoice, on the customer's screen.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class RemindersBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    ReminderRuns runs;

    @Autowired
    Reminders reminders;

    @Autowired
    RequestManagement requests;

    @Autowired
    JdbcClient jdbc;

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
    void billingRunsTheRemindersAndTheCustomersQuestionReachesTheDesk() throws Exception {
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1366, 900));
        long organisation = users.findByUsername("client").orElseThrow().getCustomerOrganisationId();
        Invoice invoice = overdue(organisation, 9);
        Instant deadline = Instant.now().plusSeconds(120);
        while (runs.ongoing().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        // 1. Billing starts the run by hand and follows its progress bar to the end.
        signIn("facturation", "/back");
        browser.get(url("/back/billing/reminders"));
        screenshot("reminders16-1-back-reminders");
        assertNoSeriousAccessibilityViolation("the reminders page");
        browser.findElement(By.xpath("//form[@action='/back/billing/reminders/runs']//button"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/back/billing/reminders/runs/\\d+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#run-progress h2"), "Terminée"));
        assertThat(text(By.id("run-counts"))).contains("relances envoyées");
        screenshot("reminders16-2-run-done");

        // 2. The invoice's page shows its friendly reminder, its letter and what it would owe today.
        assertThat(reminders.ofInvoice(invoice.getId())).hasSize(1);
        browser.get(url("/back/billing/invoices/" + invoice.getId()));
        String panel = text(By.id("reminders"));
        assertThat(panel).contains("Rappel amiable").contains("PDF").contains("240,00 €");
        screenshot("reminders16-3-invoice-reminders");
        assertNoSeriousAccessibilityViolation("the invoice page with its reminders");
        signOut();

        // 3. The customer opens the reminder in the portal and asks a question.
        signIn("client", "/portal");
        browser.get(url("/portal/invoices"));
        browser.findElement(By.cssSelector("a[href^='/portal/invoices/reminders/']"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/portal/invoices/reminders/\\d+$"));
        assertThat(text(By.cssSelector("h1"))).contains(invoice.getNumber());
        String question = "Pourquoi une indemnité de 40 € ? " + unique("q");
        browser.findElement(By.id("question-text")).sendKeys(question);
        screenshot("reminders16-4-portal-reminder");
        assertNoSeriousAccessibilityViolation("the portal's reminder page");
        browser.findElement(By.xpath("//form[contains(@action,'/question')]//button"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-\\d{4}-\\d{6,}$"));
        String reference =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getCategory()).isEqualTo(Category.BILLING);
        assertThat(text(By.id("request-reminder"))).contains(invoice.getNumber());
        screenshot("reminders16-5-portal-request");
        signOut();

        // 4. The front office sees the question, about that invoice, on the customer's screen.
        signIn("accueil", "/desk");
        browser.get(url("/desk/customers/" + organisation));
        assertThat(text(By.id("page"))).contains(reference).contains(invoice.getNumber());
        screenshot("reminders16-6-desk-customer");
    }

    private Invoice overdue(long organisationId, int daysLate) {
        Invoice draft = invoices.create(
                new InvoiceDraft(
                        organisationId,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Maintenance du serveur",
                                new BigDecimal("2"),
                                Unit.HOUR,
                                Money.euros("100.00"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        Invoice validated = invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
        Invoice sent = invoices.markSent(validated.getId(), validated.getVersion(), false, "test");
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", runs.today().minusDays(daysLate))
                .param("id", sent.getId())
                .update();
        return invoices.get(sent.getId());
    }

    private String text(By where) {
        return browser.findElement(where).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private void assertNoSeriousAccessibilityViolation(String what) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.isErrored()).as("axe ran on " + what).isFalse();
        assertThat(results.getViolations().stream()
                        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                        .map(Rule::getId)
                        .toList())
                .as("serious or critical WCAG 2.1 AA violations on " + what)
                .isEmpty();
    }

    private void signIn(String username, String expectedZone) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
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

    /** The whole page, not only what the window shows (Chromium's DevTools). */
    private static void screenshot(String name) throws IOException {
        ChromeDriver chromium = (ChromeDriver) browser;
        Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = chromium.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x",
                                0,
                                "y",
                                0,
                                "width",
                                ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth"))
                                        .doubleValue(),
                                "height",
                                ((Number) size.get("height")).doubleValue(),
                                "scale",
                                1)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
