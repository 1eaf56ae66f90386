package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.reminders.ReferenceRateManagement;
import fr.guichet.billing.reminders.Reminder;
import fr.guichet.billing.reminders.ReminderLevel;
import fr.guichet.billing.reminders.ReminderLevelManagement;
import fr.guichet.billing.reminders.ReminderRuns;
import fr.guichet.billing.reminders.ReminderSending;
import fr.guichet.billing.reminders.Reminders;
import fr.guichet.billing.statements.BankAccount;
import fr.guichet.billing.statements.BankAccountDetails;
import fr.guichet.billing.statements.BankAccounts;
import fr.guichet.billing.statements.CamtSamples;
import fr.guichet.billing.statements.TestIbans;
import fr.guichet.catalogue.Unit;
import fr.guichet.requests.Category;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Issue 16's browser path, clicked through in a real headless Chromium, with screenshots (target/screenshots,
 * {@code formal16-*}): an invoice sent to the customer ({@code client}) and long overdue, its friendly reminder sent
 * twenty days ago (data set up through the domain: the invoice's dates moved back, the friendly reminder sent "as of"
 * then); billing ({@code facturation}) imports from the reconciliation page a camt.053 statement that pays half of it,
 * matched by its number; the reminder run started by hand sends the formal reminder (level 2) with the late-payment
 * interest and the 40 € recovery indemnity, in its email and on the invoice's page; the customer asks a question about
 * it from the portal; the front office ({@code accueil}) finds the question, about that invoice, on the customer's
 * screen. Not tagged database-independent: the import, the matching and the run are SQL, so it runs on H2 and on
 * PostgreSQL.
 */
@ExtendWith(ChromiumAvailable.class)
class FormalReminderBrowserIT extends IntegrationTest {

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
    ReminderSending sending;

    @Autowired
    ReminderLevelManagement levels;

    @Autowired
    ReferenceRateManagement rates;

    @Autowired
    BankAccounts accounts;

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
    void aStatementPaysHalfTheFormalReminderClaimsInterestAndTheIndemnityAndTheQuestionReachesTheDesk()
            throws Exception {
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().window().setSize(new Dimension(1366, 900));
        long organisation = users.findByUsername("client").orElseThrow().getCustomerOrganisationId();
        LocalDate today = runs.today();

        // Set up: an invoice of 240,00 € sent 70 days ago, due 40 days ago, its friendly reminder sent 20 days ago.
        Invoice invoice = sentAndOverdue(organisation, today.minusDays(70), today.minusDays(40));
        List<ReminderLevel> all = levels.levels();
        ReminderLevel friendly = all.get(0);
        ReminderLevel formal = all.get(1);
        assertThat(formal.formalNotice())
                .as("level 2 is the formal reminder, not yet the formal notice")
                .isFalse();
        sending.send(
                new ReminderSending.Order(invoice.getId(), friendly, 0, null),
                rates.lateInterest(),
                today.minusDays(20),
                null,
                "test");
        assertThat(reminders.ofInvoice(invoice.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.levelPosition()).isEqualTo(friendly.position()));
        BankAccount account =
                accounts.add(BankAccountDetails.of(unique("Banque"), TestIbans.french(), null, "EUR", null), "test");
        Path statement = Files.createDirectories(Path.of("target", "statements"))
                .resolve("releve-" + invoice.getNumber() + ".xml")
                .toAbsolutePath();
        Files.write(
                statement,
                CamtSamples.statement(
                        account.iban().value(),
                        today.minusDays(1),
                        new CamtSamples.Credit(
                                unique("REF"),
                                "120.00",
                                "Acompte sur facture " + invoice.getNumber(),
                                "Helios client",
                                "")));
        Instant deadline = Instant.now().plusSeconds(120);
        while (runs.ongoing().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }

        // 1. Billing imports the statement from the reconciliation page: it pays half, matched by the invoice number.
        signIn("facturation", "/back");
        browser.get(url("/back/billing/reconciliation"));
        browser.findElement(By.cssSelector("#page a[href='/back/billing/statements']"))
                .click();
        wait.until(ExpectedConditions.urlToBe(url("/back/billing/statements")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("bankAccountId")))
                .selectByValue(String.valueOf(account.id()));
        browser.findElement(By.id("file")).sendKeys(statement.toString());
        screenshot("formal16-1-statement-import");
        browser.findElement(By.xpath("//form[@action='/back/billing/statements']//button[@type='submit']"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/back/billing/statements/\\d+$"));
        assertThat(text(By.id("page"))).contains(invoice.getNumber());
        browser.get(url("/back/billing/reconciliation"));
        assertThat(text(By.id("page")))
                .as("the entry is among those handled, with why it was matched")
                .contains("Rapprochée par le numéro de facture " + invoice.getNumber());
        screenshot("formal16-2-reconciliation");
        assertNoSeriousAccessibilityViolation("the reconciliation page");
        Invoice halfPaid = invoices.get(invoice.getId());
        assertThat(halfPaid.getStatus()).isEqualTo(InvoiceStatus.PARTLY_PAID);
        assertThat(halfPaid.balance()).isEqualTo(Money.euros("120.00"));

        // 2. Billing starts the reminder run by hand: the formal reminder, with interest and the indemnity.
        browser.get(url("/back/billing/reminders"));
        browser.findElement(By.xpath("//form[@action='/back/billing/reminders/runs']//button"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/back/billing/reminders/runs/\\d+$"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#run-progress h2"), "Terminée"));
        screenshot("formal16-3-run-done");
        List<Reminder> sent = reminders.ofInvoice(invoice.getId());
        assertThat(sent).hasSize(2);
        Reminder second = sent.stream()
                .filter(r -> r.levelPosition() == formal.position())
                .findFirst()
                .orElseThrow();
        assertThat(second.levelCode()).isEqualTo("FORMAL");
        assertThat(second.balance()).isEqualTo(Money.euros("120.00"));
        assertThat(second.indemnity()).as("the recovery indemnity").isEqualTo(Money.euros("40.00"));
        assertThat(second.interest().amount().signum())
                .as("late-payment interest since the day after the due date")
                .isPositive();
        String interest = french(second.interest());
        browser.get(url("/back/billing/invoices/" + invoice.getId()));
        String panel = text(By.id("reminders"));
        assertThat(panel)
                .contains("Rappel amiable")
                .contains("Relance")
                .contains(interest)
                .contains("40,00 €");
        screenshot("formal16-4-invoice-reminders");
        assertNoSeriousAccessibilityViolation("the invoice page with its formal reminder");
        assertThat(second.recipient())
                .as("the demo customer has an email address")
                .isNotNull();
        MimeMessage mail = formalMail(second.recipient(), invoice.getNumber());
        assertThat(plain(TestMail.text(mail)))
                .as("the formal reminder's email")
                .contains(invoice.getNumber())
                .contains(interest)
                .contains("40,00 €")
                .contains(french(second.total()));
        assertThat(reminders.find(second.id()).orElseThrow().hasLetter())
                .as("its PDF letter is kept, made with the email")
                .isTrue();
        signOut();

        // 3. The customer opens the formal reminder in the portal and asks a question about it.
        signIn("client", "/portal");
        browser.get(url("/portal/invoices"));
        browser.findElement(By.cssSelector("a[href='/portal/invoices/reminders/" + second.id() + "']"))
                .click();
        wait.until(ExpectedConditions.urlToBe(url("/portal/invoices/reminders/" + second.id())));
        assertThat(text(By.cssSelector("h1"))).contains(invoice.getNumber());
        assertThat(text(By.id("page"))).contains("Relance").contains(interest).contains("40,00 €");
        String question = "J’ai réglé la moitié, pourquoi 40 € de plus ? " + unique("q");
        browser.findElement(By.id("question-text")).sendKeys(question);
        screenshot("formal16-5-portal-reminder");
        assertNoSeriousAccessibilityViolation("the portal's formal reminder page");
        browser.findElement(By.xpath("//form[contains(@action,'/question')]//button"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-\\d{4}-\\d{6,}$"));
        String reference =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getCategory()).isEqualTo(Category.BILLING);
        assertThat(text(By.id("request-reminder"))).contains(invoice.getNumber());
        screenshot("formal16-6-portal-request");
        signOut();

        // 4. The front office sees the question, about that invoice, on the customer's screen.
        signIn("accueil", "/desk");
        browser.get(url("/desk/customers/" + organisation));
        assertThat(text(By.id("page"))).contains(reference).contains(invoice.getNumber());
        screenshot("formal16-7-desk-customer");
        assertNoSeriousAccessibilityViolation("the desk's customer screen");
    }

    /** An invoice of 2 h at 100,00 € (240,00 € incl. VAT), sent; its dates then moved back to {@code issued}/{@code due}. */
    private Invoice sentAndOverdue(long organisationId, LocalDate issued, LocalDate due) {
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
        jdbc.sql("UPDATE billing_invoice SET issue_date = :issued, due_date = :due WHERE id = :id")
                .param("issued", issued)
                .param("due", due)
                .param("id", sent.getId())
                .update();
        return invoices.get(sent.getId());
    }

    /** The formal reminder's email of that invoice (the run sends its emails just after its rows). */
    private static MimeMessage formalMail(String recipient, String number) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            for (MimeMessage mail : TestMail.receivedBy(recipient)) {
                String subject = mail.getSubject();
                if (subject != null && subject.startsWith("Relance") && subject.contains(number)) {
                    return mail;
                }
            }
            assertThat(Instant.now()).as("the formal reminder's email came").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static String french(Money amount) {
        return plain(amount.format(Locale.FRANCE));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private String text(By where) {
        return plain(browser.findElement(where).getText());
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
