package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.quotes.QuoteStatus;
import fr.guichet.requests.Category;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Money;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Issue 15's path from a question to the money, clicked through in a real headless Chromium by the demo company's
 * people, with screenshots (target/screenshots, {@code quote15-*}):
 *
 * <ol>
 *   <li>the customer ({@code client}) asks for a service in the portal: a pre-sales request, sent to sales
 *       administration;
 *   <li>sales administration ({@code adv}) makes its quote in one action from the request's page, adds a recurring
 *       catalogue line and a one-off free line with a discount, and sends it;
 *   <li>the customer accepts it in the portal ("bon pour accord": name and role), the page also checked at a phone's
 *       width and by axe-core;
 *   <li>billing ({@code facturation}) turns it into a contract (the recurring line) and a 30 % deposit invoice (the
 *       one-off part), validates the deposit invoice and sends it by email;
 *   <li>the front office ({@code accueil}) finds the balance due on the customer's 360° view, and the request's owner
 *       the quote's status on the request.
 * </ol>
 *
 * Amounts to the cent: 8 managed workstations at 39,00 € a month (312,00 € excl. VAT) and 6,5 h on site at 85,00 € less
 * 10 % (497,25 €): 809,25 € excl. VAT, 161,85 € VAT, 971,10 € incl. VAT; the deposit is 30 % of 497,25 € = 149,18 €
 * excl. VAT (rounded half up), 29,84 € VAT, 179,02 € incl. VAT.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class QuoteToBalanceBrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Dimension DESKTOP = new Dimension(1366, 900);

    private static final Dimension PHONE = new Dimension(390, 844);

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    QuoteManagement quotes;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    ContractManagement contracts;

    @Autowired
    CustomerMoney money;

    @Autowired
    MessageSource messages;

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
    void aPreSalesRequestBecomesAnAcceptedQuoteAContractAndADepositInvoiceThatTheDeskSeesAsTheBalance()
            throws IOException {
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().window().setSize(DESKTOP);
        long organisation = users.findByUsername("client").orElseThrow().getCustomerOrganisationId();
        Money balanceBefore = money.balanceOf(organisation, money.today()).due();

        // 1. The customer asks for a service in the portal: a pre-sales request.
        signIn("client", "/portal");
        browser.findElement(By.linkText("Prestations")).click();
        String note = "Pour nos 8 postes de la boutique et du fournil " + unique("q");
        browser.findElement(By.id("message-INFOG-POSTE")).sendKeys(note);
        screenshot("quote15-1-portal-services");
        browser.findElement(By.xpath("//form[@action='/portal/services/INFOG-POSTE/ask']//button"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-\\d{4}-\\d{6,}$"));
        String reference =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getCategory()).isEqualTo(Category.PRE_SALES);
        assertThat(request.getOrganisationId()).isEqualTo(organisation);
        assertThat(text(By.id("page")))
                .contains("Infogérance du poste de travail")
                .contains(note);
        signOut();

        // 2. Sales administration makes the quote in one action from the request's page.
        signIn("adv", "/back");
        browser.get(url("/back/requests/" + reference));
        assertThat(text(By.cssSelector(".quote-panel"))).contains("Devis");
        screenshot("quote15-2-request-before-quote");
        browser.findElement(By.id("make-quote")).click();
        wait.until(ExpectedConditions.urlMatches("/back/billing/quotes/\\d+$"));
        long quoteId = Long.parseLong(
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        Quote quote = quotes.get(quoteId);
        assertThat(quote.getRequestId()).isEqualTo(request.getId());
        assertThat(quote.getOrganisationId()).isEqualTo(organisation);
        flash("le voici, lié à la demande");
        assertThat(browser.findElement(By.linkText(reference)).getDomAttribute("href"))
                .endsWith("/back/requests/" + reference);

        // a recurring line from the catalogue…
        new Select(browser.findElement(By.id("itemCode"))).selectByValue("INFOG-POSTE");
        retype(By.id("quantity"), "8");
        browser.findElement(By.id("add-line")).click();
        flash("Ligne ajoutée");
        // … and a one-off free line with a discount
        retype(By.id("quantity"), "6,5");
        retype(By.id("discountPercent"), "10");
        browser.findElement(By.id("description")).sendKeys("Installation et paramétrage des postes sur site");
        new Select(browser.findElement(By.id("unit"))).selectByValue("HOUR");
        browser.findElement(By.id("unitPrice")).sendKeys("85,00");
        new Select(browser.findElement(By.id("vatRate"))).selectByValue("STANDARD");
        new Select(browser.findElement(By.id("recurrence"))).selectByValue("ONE_OFF");
        browser.findElement(By.id("add-line")).click();
        flash("Ligne ajoutée");
        String lines = text(By.cssSelector("table.quote-lines"));
        assertThat(lines)
                .contains("Infogérance du poste de travail Mensuelle 8 poste 39,00 € 0 % 312,00 € 20 %")
                .contains("Installation et paramétrage des postes sur site 6,5 heure 85,00 € 10 % 497,25 € 20 %");
        assertThat(text(By.cssSelector(".quote-totals")))
                .contains("809,25 €")
                .contains("161,85 €")
                .contains("971,10 €");
        assertThat(text(By.id("quote-gross"))).isEqualTo("971,10 €");
        assertThat(browser.findElement(By.id("recipient")).getDomProperty("value"))
                .as("sent by default to who asked in the portal")
                .isEqualTo(users.findByUsername("client").orElseThrow().getEmail());
        assertThat(browser.findElement(By.cssSelector("table.quote-lines td.num"))
                        .getCssValue("text-align"))
                .as("amounts line up on the right")
                .isEqualTo("right");
        screenshot("quote15-3-quote-draft");
        assertNoSeriousAccessibilityViolation("the staff quote page");

        browser.findElement(By.id("send-quote")).click();
        flash("envoyé");
        assertThat(text(By.cssSelector("h1"))).contains(message("quotes.status.SENT"));
        quote = quotes.get(quoteId);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.SENT);
        String quoteReference = quote.getReference();
        screenshot("quote15-4-quote-sent");
        // the request shows its quote, sent
        browser.findElement(By.linkText(reference)).click();
        assertThat(text(By.cssSelector(".quote-panel")))
                .contains(quoteReference)
                .contains(message("quotes.status.SENT"))
                .contains("971,10 €");
        assertThat(browser.findElements(By.id("make-quote")))
                .as("one quote per request")
                .isEmpty();
        signOut();

        // 3. The customer finds it in the portal and accepts it: "bon pour accord".
        signIn("client", "/portal");
        browser.findElement(By.linkText("Mes devis")).click();
        assertThat(text(By.id("page"))).contains(quoteReference).contains("971,10 €");
        browser.findElement(By.xpath("//a[following-sibling::span[text()='" + quoteReference + "']]"))
                .click();
        assertThat(text(By.cssSelector("h1"))).contains(quoteReference).contains(message("quotes.status.SENT"));
        assertThat(text(By.cssSelector(".quote-totals"))).contains("971,10 €");
        screenshot("quote15-5-portal-quote");
        browser.findElement(By.id("accept-quote")).click();
        wait.until(ExpectedConditions.urlToBe(url("/portal/quotes/" + quoteId + "/accept")));
        assertThat(text(By.cssSelector("p.lead"))).contains("971,10 € TTC");
        assertThat(browser.findElement(By.id("signerName")).getDomProperty("value"))
                .as("the signed-in customer's name, to be checked")
                .isEqualTo("Marie Martin");
        screenshot("quote15-6-portal-accept");
        assertNoSeriousAccessibilityViolation("the portal's acceptance page");
        browser.manage().window().setSize(PHONE);
        browser.navigate().refresh();
        screenshot("quote15-6-portal-accept-phone");
        assertThat(overflows()).as("the acceptance page fits a phone's width").isFalse();
        assertThat(besideItsLabel("agree"))
                .as("the box is beside what it accepts")
                .isTrue();
        assertNoSeriousAccessibilityViolation("the portal's acceptance page at 390 px");

        // forgetting the box is refused with a message next to it, nothing accepted
        browser.findElement(By.id("signerRole")).sendKeys("Gérante");
        browser.findElement(By.id("confirm-acceptance")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agree-error")));
        assertThat(quotes.get(quoteId).getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(browser.findElement(By.id("signerRole")).getDomProperty("value"))
                .as("nothing typed is lost")
                .isEqualTo("Gérante");
        screenshot("quote15-7-portal-accept-refused-phone");
        browser.findElement(By.cssSelector("label[for=agree]")).click();
        browser.findElement(By.id("confirm-acceptance")).click();
        flash("est accepté");
        assertThat(text(By.cssSelector("h1"))).contains(message("quotes.status.ACCEPTED"));
        assertThat(text(By.id("page"))).contains("Accepté par Marie Martin (Gérante)");
        assertThat(browser.findElements(By.id("portal-certificate"))).isNotEmpty();
        screenshot("quote15-8-portal-accepted-phone");
        browser.manage().window().setSize(DESKTOP);
        quote = quotes.get(quoteId);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(quote.getSignerName()).isEqualTo("Marie Martin");
        assertThat(quote.getSignerRole()).isEqualTo("Gérante");
        assertThat(quote.getAcceptedPdfSha256()).hasSize(64);
        signOut();

        // 4. Billing turns it into a contract and a 30 % deposit invoice, in one action.
        signIn("facturation", "/back");
        browser.get(url("/back/billing/quotes/" + quoteId));
        assertThat(text(By.id("acceptance-proof"))).contains("Marie Martin").contains("Gérante");
        assertThat(browser.findElement(By.id("convert-contract")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("invoice-deposit")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("depositPercent")).getDomProperty("value"))
                .isEqualTo("30");
        screenshot("quote15-9-billing-accepted-quote");
        browser.findElement(By.id("convert-quote")).click();
        flash("transformé");
        quote = quotes.get(quoteId);
        assertThat(quote.getContractId()).isNotNull();
        assertThat(quote.getInvoiceId()).isNotNull();
        assertThat(browser.findElements(By.id("convert-contract")))
                .as("the contract is made")
                .isEmpty();
        assertThat(browser.findElements(By.id("invoice-final")))
                .as("what is left to make: the final invoice, which will deduct the deposit")
                .hasSize(1);
        screenshot("quote15-10-converted");

        browser.findElement(By.id("made-contract")).click();
        wait.until(ExpectedConditions.urlToBe(url("/back/contracts/" + quote.getContractId())));
        Contract contract = contracts.get(quote.getContractId());
        assertThat(contract.getOrganisationId()).isEqualTo(organisation);
        assertThat(text(By.id("page")))
                .contains(quote.getTitle())
                .contains("Infogérance du poste de travail")
                .contains("312,00 €")
                .doesNotContain("Installation et paramétrage");
        screenshot("quote15-11-contract");
        browser.navigate().back();

        browser.findElement(By.id("made-invoice")).click();
        wait.until(ExpectedConditions.urlToBe(url("/back/billing/invoices/" + quote.getInvoiceId())));
        Invoice deposit = invoices.get(quote.getInvoiceId());
        assertThat(deposit.getKind()).isEqualTo(InvoiceKind.DEPOSIT);
        assertThat(text(By.cssSelector("h1"))).contains(message("billing.status.DRAFT"));
        assertThat(text(By.cssSelector("table.billing-lines")))
                .contains("30 %")
                .contains(quoteReference)
                .contains("149,18 €");
        assertThat(text(By.cssSelector(".billing-totals")))
                .contains("149,18 €")
                .contains("29,84 €")
                .contains("179,02 €");
        assertThat(browser.findElement(By.linkText("demande " + reference)).getDomAttribute("href"))
                .as("the deposit's line links back to the request")
                .endsWith("/back/requests/" + reference);
        screenshot("quote15-12-deposit-draft");

        // validated (numbered), then sent by email
        browser.findElement(By.xpath("//button[text()='Valider et numéroter']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h1"), message("billing.status.VALIDATED")));
        deposit = invoices.get(deposit.getId());
        assertThat(deposit.getNumber()).isNotBlank();
        assertThat(text(By.cssSelector("h1"))).contains(deposit.getNumber());
        browser.findElement(By.xpath("//button[text()='Envoyer par courriel']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("h1"), message("billing.status.SENT")));
        assertThat(invoices.get(deposit.getId()).getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(text(By.cssSelector(".billing-totals"))).contains(message("billing.balance") + "\n179,02 €");
        screenshot("quote15-13-deposit-sent");
        signOut();

        // 5. The front office answers a billing question at the first contact: the 360° view shows the balance.
        Money balance = balanceBefore.plus(Money.euros("179.02"));
        signIn("accueil", "/desk");
        browser.get(url("/desk/customers/" + organisation));
        String panel = text(By.cssSelector(".money-panel"));
        assertThat(panel)
                .contains("Solde dû\n" + balance.format(Locale.FRANCE).replace('\u00a0', ' '))
                .contains(deposit.getNumber())
                .contains("179,02 €")
                .contains("Acompte");
        WebElement pdf = browser.findElement(By.linkText(deposit.getNumber()));
        assertThat(pdf.getDomAttribute("href"))
                .endsWith("/desk/customers/" + organisation + "/invoices/" + deposit.getId() + "/pdf");
        assertThat(text(By.xpath("//section[.//h2[@id='quotes-panel-title']]")))
                .contains(quoteReference)
                .contains(message("quotes.status.ACCEPTED"));
        screenshot("quote15-14-desk-360-balance");
        signOut();

        // … and the request's owner sees the quote's status on the request, in their zone.
        Request now = requests.get(request.getId());
        assertThat(now.getOwnerId()).as("the request has an owner").isNotNull();
        UserAccount owner = users.get(now.getOwnerId());
        String zone = owner.getRoles().contains(Role.FRONT_OFFICE) ? "desk" : "back";
        withDemoPassword(owner.getUsername());
        signIn(owner.getUsername(), "/" + zone);
        browser.get(url("/" + zone + "/requests/" + reference));
        assertThat(text(By.cssSelector(".quote-panel")))
                .contains(quoteReference)
                .contains(message("quotes.status.ACCEPTED"))
                .contains("971,10 €");
        screenshot("quote15-15-request-quote-accepted");
        signOut();

        assertThat(money.balanceOf(organisation, money.today()).due()).isEqualTo(balance);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRENCH);
    }

    /** Clears a field and types a value. */
    private void retype(By field, String value) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    /** An element's visible text, with no-break spaces as plain spaces. */
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

    /** A check box's top is within its label's first line, left of it: on the same line, not above it. */
    private boolean besideItsLabel(String id) {
        Object beside = ((JavascriptExecutor) browser)
                .executeScript(
                        "const box = document.getElementById(arguments[0]).getBoundingClientRect();"
                                + " const label = document.querySelector('label[for=' + arguments[0] + ']')"
                                + ".getBoundingClientRect();"
                                + " return box.right <= label.left && box.bottom > label.top"
                                + " && box.top < label.top + 2 * parseFloat(getComputedStyle(document.body).fontSize);",
                        id);
        return Boolean.TRUE.equals(beside);
    }

    /** The page is wider than the window, or a table is wider than its box. */
    private static boolean overflows() {
        Object wider = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth"
                        + " || Array.from(document.querySelectorAll('.table-wrap'))"
                        + ".some(box => box.scrollWidth > box.clientWidth + 1);");
        return Boolean.TRUE.equals(wider);
    }

    private void flash(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), text));
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

    /** The whole page, not only what the window shows (Chromium's DevTools), so that every part can be looked at. */
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
