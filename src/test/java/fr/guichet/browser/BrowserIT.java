package fr.guichet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.support.IntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each kind of demo user signs in through the one login page in a real headless Chromium and lands in their zone,
 * in French and in English; screenshots go to target/screenshots. The htmx search of the desk answers as the agent
 * types. Pages must load without any Content-Security-Policy violation.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class BrowserIT extends IntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ContractManagement contracts;

    @BeforeAll
    static void startChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    @ParameterizedTest(name = "{0} signs in ({1}) and lands in {2}")
    @CsvSource({
        "client, fr, /portal, Bonjour",
        "client, en, /portal, Hello",
        "accueil, fr, /desk, Trouver un client",
        "accueil, en, /desk, Find a customer",
        "support, fr, /back, Votre équipe",
        "support, en, /back, Your team",
        "chef.support, fr, /back, Votre équipe",
        "chef.support, en, /back, Your team",
        "admin, fr, /back, Utilisateurs",
        "admin, en, /back, Users"
    })
    void eachUserLandsInTheirZone(String username, String language, String zone, String expectedText)
            throws IOException {
        signIn(username, language, zone);

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(language);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(expectedText);
        screenshot(username + "-" + language);
        assertThat(cspViolations()).isEmpty();

        browser.findElement(By.cssSelector(".logout-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
    }

    @Test
    void theDeskSearchAnswersAsTheAgentTypes() throws IOException {
        signIn("accueil", "fr", "/desk");

        browser.findElement(By.id("q")).sendKeys("clermont");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Fromagerie Chabert"));
        List<String> names = browser.findElements(By.cssSelector("#results .name")).stream()
                .map(element -> element.getText())
                .toList();
        assertThat(names).contains("Fromagerie Chabert", "Plomberie Lacroix").doesNotContain("Librairie Perret");
        assertThat(browser.getCurrentUrl())
                .as("the search is in the address bar")
                .endsWith("/desk?q=clermont");
        screenshot("desk-search");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void theGoldenPathFromThePortalToBillingAndBack() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        // The customer submits on the portal.
        signIn("client", "fr", "/portal");
        browser.get(url("/portal/requests/new"));
        new Select(browser.findElement(By.id("category"))).selectByValue("OTHER");
        browser.findElement(By.id("subject")).sendKeys("Deux factures pour novembre");
        browser.findElement(By.id("description")).sendKeys("Nous avons reçu deux factures pour le même mois.");
        screenshot("golden-1-portal-new");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/portal/requests/DEM-\\d{4}-\\d{6,}$"));
        String reference =
                browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains(reference);
        screenshot("golden-2-portal-submitted");
        signOut();

        // It has its interlocutor from the start (ADR 0020); the desk hands it to billing with a note.
        signIn("accueil", "fr", "/desk");
        browser.get(url("/desk/requests/" + reference));
        browser.findElement(By.xpath("//summary[contains(., 'Transmettre au back office')]"))
                .click();
        new Select(browser.findElement(By.id("handoff-team"))).selectByVisibleText("Facturation et recouvrement");
        browser.findElement(By.id("handoff-note"))
                .sendKeys("Doublon de facture de novembre : vérifier le compte et émettre un avoir");
        screenshot("golden-3-desk-handoff");
        browser.findElement(By.xpath("//button[contains(., 'Transmettre')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "transmise"));
        signOut();

        // Billing answers the owner.
        signIn("facturation", "fr", "/back");
        browser.get(url("/back/requests"));
        browser.findElement(By.linkText(reference)).click();
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("Doublon de facture de novembre");
        browser.findElement(By.cssSelector("label[for=act-RETURN_TO_OWNER]")).click();
        browser.findElement(By.id("composer-body"))
                .sendKeys("Une facture est annulée ; l'avoir AV-2026-0012 part demain.");
        screenshot("golden-4-back-answer");
        browser.findElement(By.id("composer-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "rendue"));
        signOut();

        // The owner replies to the customer and resolves.
        signIn("accueil", "fr", "/desk");
        browser.get(url("/desk/requests/" + reference));
        assertThat(browser.findElement(By.cssSelector(".path")).getText()).contains("Facturation et recouvrement");
        browser.findElement(By.cssSelector("label[for=act-REPLY]")).click();
        browser.findElement(By.id("composer-body"))
                .sendKeys("Bonjour, une des factures est annulée et vous recevrez un avoir demain.");
        new Select(browser.findElement(By.id("composer-status"))).selectByValue("RESOLVED");
        browser.findElement(By.id("composer-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "résolue"));
        screenshot("golden-5-desk-resolved");
        signOut();

        // The customer reads the answer, never the internal notes, and rates it.
        signIn("client", "fr", "/portal");
        browser.get(url("/portal/requests/" + reference));
        String conversation =
                browser.findElement(By.cssSelector(".conversation")).getText();
        assertThat(conversation).contains("vous recevrez un avoir demain").doesNotContain("Doublon de facture");
        browser.findElement(By.cssSelector("input[name=score][value='5']")).click();
        browser.findElement(By.id("comment")).sendKeys("Réglé vite, merci");
        browser.findElement(By.xpath("//button[contains(., 'Donner mon avis')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Merci"));
        screenshot("golden-6-portal-rated");
        assertThat(cspViolations()).isEmpty();
        signOut();
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".logout-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
    }

    @Test
    void theCatalogueBusinessHoursAndNoticesScreens() throws IOException {
        signIn("admin", "fr", "/back");
        browser.get(url("/back/catalogue"));
        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("INFOG-POSTE")
                .contains("39,00");
        screenshot("back-catalogue");
        browser.get(url("/back/catalogue/new"));
        browser.findElement(By.id("code")).sendKeys("ESSAI");
        browser.findElement(By.id("unitPrice")).sendKeys("12,345");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("unitPrice-error")));
        assertThat(browser.findElement(By.id("unitPrice-error")).getText()).contains("deux décimales");
        assertThat(browser.findElement(By.id("unitPrice")).getAttribute("value"))
                .isEqualTo("12,345");
        screenshot("back-catalogue-invalid");
        browser.get(url("/back/admin/business-hours"));
        assertThat(browser.findElement(By.id("opens")).getAttribute("value")).isEqualTo("09:00");
        screenshot("back-business-hours");
        browser.get(url("/back/alerts"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Alertes");
        screenshot("back-alerts");
        browser.get(url("/back/customers"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Boulangerie Martin");
        screenshot("back-customers");
        Path csv = Files.createTempFile("clients", ".csv");
        Files.write(
                csv,
                ("Raison sociale;Ville;Téléphone\r\nCrèmerie Lefèvre navigateur;Saint-Étienne;04 77 11 22 33\r\n"
                                + "Garage sans téléphone valide;Lyon;04 7\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        browser.get(url("/back/customers/import"));
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("column0")));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Crèmerie Lefèvre navigateur");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("séparateur « ; »");
        screenshot("back-customers-import-mapping");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress"), "Import terminé"));
        assertThat(browser.findElement(By.id("import-counts")).getText()).contains("1 importées, 1 refusées");
        screenshot("back-customers-import-done");
        Files.deleteIfExists(csv);
        var today = contracts.today();
        long organisation = customers.search("Fromagerie Chabert", 1).get(0).getId();
        Contract shown = contracts.draft(
                organisation,
                "Infogérance des postes",
                new ContractTerms(today.minusMonths(1), today.plusMonths(11), true, 12, 60));
        contracts.addLine(shown.getId(), shown.getVersion(), "INFOG-POSTE", BigDecimal.TEN, BigDecimal.TEN);
        browser.get(url("/back/contracts/" + shown.getId()));
        assertThat(browser.findElement(By.id("lines-title")).getText()).isEqualTo("Lignes");
        screenshot("back-contract-draft");
        browser.get(url("/back/contracts/new"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nouveau contrat");
        screenshot("back-contract-new");
        browser.get(url("/services"));
        assertThat(browser.findElement(By.id("catalogue-title")).getText()).isEqualTo("Nos prestations");
        screenshot("public-services");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void aCustomerCancelsAContractInThreeStepsAndTheDeskSeesIt() throws IOException {
        long organisation = customers.search("Boulangerie Martin", 1).get(0).getId();
        LocalDate today = contracts.today();
        Contract contract = contracts.draft(
                organisation,
                "Sauvegarde des postes",
                new ContractTerms(today.minusMonths(6), today.plusMonths(6), true, 12, 30));
        contract = contracts.addLine(contract.getId(), contract.getVersion(), "SAUVEGARDE-1TO", BigDecimal.ONE, null);
        contract = contracts.activate(contract.getId(), contract.getVersion());
        String effective =
                contract.terms().cancellationEffective(today).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        signIn("client", "fr", "/portal");
        browser.get(url("/portal/contracts/" + contract.getId()));
        screenshot("portal-contract-1");
        browser.findElement(By.id("cancel-contract")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("effective-date")));
        assertThat(browser.findElement(By.id("effective-date")).getText()).contains(effective);
        screenshot("portal-contract-2-confirm");
        browser.findElement(By.id("confirm-cancellation")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cancelled-effective")));
        assertThat(browser.findElement(By.id("cancelled-effective")).getText())
                .contains(contract.getReference())
                .contains(effective);
        screenshot("portal-contract-3-cancelled");

        signIn("accueil", "fr", "/desk");
        browser.get(url("/desk/customers/" + organisation));
        assertThat(browser.findElement(By.id("contracts-panel-title")).getText())
                .isEqualTo("Contrats");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Sauvegarde des postes")
                .contains("Résilié")
                .contains("Prend fin le " + effective);
        screenshot("desk-customer-contract-cancelled");
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void htmxRequestsCarryTheCsrfToken() {
        signIn("accueil", "fr", "/desk");
        // An htmx POST: refused (403) without the CSRF header, so the session would survive it.
        ((JavascriptExecutor) browser)
                .executeScript("htmx.ajax('POST', '/logout', {target: '#results', swap: 'none'})");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            driver.get(url("/desk"));
            return driver.getCurrentUrl().endsWith("/login");
        });
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void thePublicSiteWorksOnAPhone() throws IOException {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(url("/"));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Votre informatique, un seul interlocuteur");
            screenshot("public-phone");
            browser.get(url("/no-such-page"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page introuvable");
            screenshot("not-found");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void signIn(String username, String language, String expectedZone) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(expectedZone)));
    }

    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
