package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceLine;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkManagement;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Support work that gets billed, in a real headless Chromium: the technician records the time spent on a resolved
 * request from its page; billing finds it on the "to invoice" list and puts it on the customer's next invoice in one
 * click; the invoice's line names the request and the request shows its invoice; once validated, the customer sees
 * on the portal what was billed for the request. Screenshots of each step.
 */
@ExtendWith(ChromiumAvailable.class)
class WorkBillingBrowserIT extends IntegrationTest {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    WorkManagement work;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    TeamManagement teams;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    @Test
    void timeOnAResolvedRequestGoesOnTheNextInvoiceLinkedBothWays() throws IOException {
        UserAccount customer = customerUser();
        String code = unique("support");
        Team team = teams.createTeam(code, "Support " + code, Office.BACK_OFFICE, null, false);
        UserAccount tech = memberOf(team.getId());
        AccountPrincipal desk = new AccountPrincipal(staff(Role.FRONT_OFFICE));
        Request request = requests.submit(
                TestRequests.fromPortal(customer, "Serveur de fichiers inaccessible", "Plus rien depuis ce matin."),
                TestRequests.actorOf(customer));
        request = requests.handOff(request.getId(), request.getVersion(), team.getId(), "Pour vous", desk);
        request = requests.returnToOwner(
                request.getId(), request.getVersion(), "Service redémarré", new AccountPrincipal(tech));
        request = requests.resolve(request.getId(), request.getVersion(), "C'est réparé.", desk);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.RESOLVED);
        String reference = request.getReference();
        long requestId = request.getId();
        browser.manage().window().setSize(new Dimension(1366, 900));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        // the technician records the time afterwards, on the resolved request's page
        signIn(tech);
        browser.get(url("/back/requests/" + reference));
        browser.findElement(By.cssSelector(".worklog-add > summary")).click();
        browser.findElement(By.id("work-time-new")).sendKeys("1 h 30");
        browser.findElement(By.id("work-note-new")).sendKeys("Redémarrage et contrôle des partages");
        browser.findElement(By.id("work-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".worklog-entries"), "Redémarrage et contrôle des partages"));
        assertThat(browser.findElement(By.id("work")).getText())
                .contains("1 h 30")
                .contains("Facturable");
        WorkEntry entry = work.of(request.getId()).get(0);
        screenshot("work-recorded-on-request");

        // billing: the "to invoice" list, then one click
        signIn(staff(Role.BACK_OFFICE, Role.BILLING));
        browser.get(url("/back/billing/to-invoice"));
        long organisation = customer.getCustomerOrganisationId();
        String section = browser.findElement(By.id("customer-" + organisation)).getText();
        assertThat(section).contains(reference).contains("1 h 30").contains("127,50");
        screenshot("work-to-invoice");
        browser.findElement(By.id("invoice-" + organisation)).click();
        wait.until(ExpectedConditions.urlContains("/back/billing/invoices/"));
        Invoice draft = invoices.ofOrganisation(organisation, 5).get(0);
        assertThat(browser.getCurrentUrl()).endsWith("/back/billing/invoices/" + draft.getId());
        assertThat(draft.getLines()).singleElement().satisfies(line -> {
            assertThat(line.requestId()).isEqualTo(requestId);
            assertThat(line.workEntryId()).isEqualTo(entry.getId());
            assertThat(line.description()).startsWith(reference + " — ");
        });
        assertThat(browser.findElements(By.cssSelector("a[href$='/requests/" + reference + "']")))
                .as("the invoice's line links back to its request")
                .isNotEmpty();
        screenshot("work-on-draft-invoice");

        // the request shows its invoice, and no longer lists the work to invoice (read by an administrator: a billing
        // clerk outside the request's team does not open its page)
        signIn(staff(Role.ADMIN, Role.BACK_OFFICE));
        browser.get(url("/back/requests/" + reference));
        assertThat(browser.findElement(By.id("request-billing")).getText()).contains("127,50");
        assertThat(browser.findElement(By.cssSelector("#request-billing a")).getDomAttribute("href"))
                .endsWith("/back/billing/invoices/" + draft.getId());
        browser.get(url("/back/billing/to-invoice"));
        assertThat(browser.findElements(By.id("customer-" + organisation))).isEmpty();

        // validated, the customer sees what was billed for the request
        Invoice validated = invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
        signIn(customer);
        browser.get(url("/portal/requests/" + reference));
        assertThat(browser.findElement(By.id("request-billing")).getText())
                .contains(validated.getNumber())
                .contains("Redémarrage et contrôle des partages");
        screenshot("work-billed-in-portal");
        assertThat(invoices.get(draft.getId()).getLines())
                .extracting(InvoiceLine::workEntryId)
                .containsExactly(entry.getId());
    }

    private void signIn(UserAccount account) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=fr"));
        browser.findElement(By.id("username")).sendKeys(account.getUsername());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
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
