package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.guichet.browser.ChromiumAvailable;
import fr.guichet.browser.HeadlessChromium;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.IntegrationTest;
import fr.guichet.zones.AccessMatrixIT.Outcome;
import fr.guichet.zones.AccessMatrixIT.Row;
import fr.guichet.zones.AccessMatrixIT.Who;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * axe-core in a real Chromium on every page of the four zones: no serious or critical WCAG 2.1 A/AA violation.
 *
 * <p>The pages are not listed here: they are the GET page rows of {@link AccessMatrixIT#TABLE} (which must name every
 * route of the application), each opened at its sample path with real objects ({@link RouteWorld}) as the first of
 * anonymous, a customer, the front office, the back office, a team lead and an administrator that the row serves;
 * the zones' home pages as each of them. A page added to the application is therefore checked as soon as its matrix
 * row exists. Routes that answer a file, not a page, and the pages of {@link #AFTER_MERGE} are reported as not
 * checked, with the reason.
 */
@Tag("database-independent")
@ExtendWith(ChromiumAvailable.class)
class AccessibilityIT extends IntegrationTest {

    /** WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Who opens the pages, in this order: a page is checked as the first who may see it. */
    static final List<Who> VISITORS =
            List.of(Who.ANONYMOUS, Who.CUSTOMER, Who.FRONT_OFFICE, Who.BACK_OFFICE, Who.TEAM_LEAD, Who.ADMIN);

    /** The zones' home pages: checked as every visitor who may see them (their menus differ). */
    static final Set<String> HOMES = Set.of("GET /", "GET /portal", "GET /desk", "GET /back");

    /**
     * Pages left out for now: a page being rebuilt elsewhere can be listed here
     * ({@code "GET /desk/requests/{reference}"}) until its merge; {@code -Daxe.afterMerge=true} checks them anyway.
     * Empty: the request pages of the desk and the back office passed before the composer's rebuild and are checked.
     */
    static final Set<String> AFTER_MERGE = Set.of();

    /**
     * Routes that answer a part of a page (htmx) or plain text, not a page: axe checks them inside the page that shows
     * them (the desk's intake form, the request page's composer).
     */
    static final Set<String> PARTS = Set.of(
            "GET /desk/requests/new/route",
            "GET /desk/requests/new/contacts",
            "GET /{zone:desk|back}/requests/{reference}/saved-replies/{id}",
            "GET /counter/display/{secret}/board",
            "GET /counter/display/{secret}/events",
            // deflection: the suggestions beside the forms (checked in the contact and portal pages), the way into a
            // suggested article (a redirect), the composer's article picker (checked in the request pages)
            "GET /help/suggest",
            "GET /help/suggest/{id}",
            "GET /{zone:desk|back}/knowledge/pick",
            // the totals of billing's list, loaded into it (checked there, and there without script)
            "GET /back/billing/totals");

    /** Pages checked at a phone's width too. */
    static final List<String> PHONE_PAGES = List.of(
            "/",
            "/login",
            "/back/requests",
            "/desk/requests",
            "/portal",
            "/back/admin/users",
            "/back/customers",
            "/back/admin/company");

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TeamManagement teams;

    @Autowired
    RequestManagement requests;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    ContractManagement contracts;

    @Autowired
    ContractDocumentManagement documents;

    @Autowired
    CatalogueManagement catalogue;

    @Autowired
    ApplicationContext context;

    private final Map<Who, UserAccount> accounts = new EnumMap<>(Who.class);
    private RouteWorld world;
    private Who signedIn;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        HeadlessChromium.stop(browser);
    }

    /** The same cast as {@link AccessMatrixIT}'s: each visitor, their teams, and objects made on demand. */
    @BeforeEach
    void world() {
        long holding = teams.createTeam(unique("tient"), "Équipe qui tient", Office.BACK_OFFICE, null, true)
                .getId();
        long other = teams.createTeam(unique("autre"), "Autre équipe", Office.BACK_OFFICE, null, true)
                .getId();
        long quiet = teams.createTeam(unique("calme"), "Équipe sans clients", Office.BACK_OFFICE, null, false)
                .getId();
        accounts.put(Who.CUSTOMER, customerUser());
        accounts.put(Who.FRONT_OFFICE, staff(Role.FRONT_OFFICE));
        accounts.put(Who.BACK_OFFICE, member(holding, Role.BACK_OFFICE));
        accounts.put(Who.TEAM_LEAD, member(holding, Role.BACK_OFFICE, Role.TEAM_LEAD));
        accounts.put(Who.ADMIN, staff(Role.ADMIN));
        UserAccount passed = member(quiet, Role.BACK_OFFICE);
        RouteWorld.Cast cast = new RouteWorld.Cast(
                accounts.get(Who.CUSTOMER).getCustomerOrganisationId(),
                customerUser().getCustomerOrganisationId(),
                holding,
                other,
                quiet,
                accounts.get(Who.FRONT_OFFICE),
                accounts.get(Who.BACK_OFFICE),
                passed,
                accounts.get(Who.CUSTOMER));
        world = new RouteWorld(cast, RouteWorld.Services.of(context, IntegrationTest::unique));
        signedIn = null;
    }

    private UserAccount member(long teamId, Role... roles) {
        return memberOf(teamId, roles);
    }

    @Test
    void noPageOfTheFourZonesHasASeriousOrCriticalViolation() {
        Map<String, Who> visits = new LinkedHashMap<>();
        List<String> notChecked = new ArrayList<>();
        for (Row row : AccessMatrixIT.MATRIX) {
            if (!row.method().equals("GET") || row.api()) {
                continue;
            }
            if (answersAFile(row.sample())) {
                notChecked.add(row.route() + " (" + row.sample() + "): answers a file, not a page");
                continue;
            }
            if (PARTS.contains(row.route())) {
                notChecked.add(row.route() + ": a part of a page, checked in its page");
                continue;
            }
            if (AFTER_MERGE.contains(row.route()) && !Boolean.getBoolean("axe.afterMerge")) {
                notChecked.add(row.route() + ": left out for now (AccessibilityIT.AFTER_MERGE)");
                continue;
            }
            List<Who> allowed = VISITORS.stream()
                    .filter(who -> row.expected().get(who) == Outcome.OK)
                    .toList();
            if (allowed.isEmpty()) {
                notChecked.add(row.route() + " (" + row.sample() + "): no visitor is served it");
                continue;
            }
            for (Who who : HOMES.contains(row.route()) ? allowed : allowed.subList(0, 1)) {
                visits.putIfAbsent(row.sample() + " as " + who, who);
            }
        }
        List<String> violations = new ArrayList<>();
        List<String> overflowing = new ArrayList<>();
        browser.manage().window().setSize(new Dimension(1366, 768));
        visits.forEach((key, who) -> {
            String sample = key.substring(0, key.indexOf(" as "));
            violations.addAll(check(sample, who, false));
            if (overflows()) {
                overflowing.add(sample + " as " + who);
            }
        });
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : PHONE_PAGES) {
                Who who = visits.entrySet().stream()
                        .filter(visit -> visit.getKey().startsWith(page + " as "))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(Who.ANONYMOUS);
                violations.addAll(check(page, who, true));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        System.out.println("AccessibilityIT: " + visits.size() + " pages checked (and " + PHONE_PAGES.size()
                + " at 390 px); not checked:\n  " + String.join("\n  ", notChecked));
        assertThat(visits).as("pages checked").hasSizeGreaterThan(40);
        assertThat(violations)
                .as("serious or critical WCAG 2.1 A/AA violations (rule, page, visitor, element)")
                .isEmpty();
        assertThat(overflowing).as("pages wider than a 1366 px screen").isEmpty();
    }

    @Test
    void onAPhoneTheBackOfficeMenuFoldsAndTheQueueIsCards() throws IOException {
        world.fill("{ref}"); // a request in the back office's queue
        signInAs(Who.BACK_OFFICE);
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(url("/back/requests"));
            WebElement menu = browser.findElement(By.cssSelector("details.sidenav-menu"));
            WebElement toggle = menu.findElement(By.tagName("summary"));
            assertThat(menu.getDomProperty("open")).as("the menu is folded").isEqualTo("false");
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getAccessibleName()).isNotBlank();
            assertThat(browser.findElement(By.cssSelector(".sidenav a[href$='/back/customers']"))
                            .isDisplayed())
                    .isFalse();
            WebElement row = browser.findElement(By.cssSelector("#queue table tbody tr"));
            assertThat(row.getCssValue("display")).as("a row is a card").isEqualTo("block");
            assertThat(browser.findElement(By.cssSelector("#queue table thead"))
                            .getRect()
                            .getHeight())
                    .isLessThanOrEqualTo(1);
            Object label = ((JavascriptExecutor) browser)
                    .executeScript(
                            "return getComputedStyle(document.querySelector('#queue tbody td[data-label]'), '::before').content");
            assertThat(String.valueOf(label)).as("each field under its label").isNotIn("none", "normal", "\"\"");
            assertThat(overflows()).as("the queue fits a phone").isFalse();
            screenshot("back-queue-390");
            toggle.click();
            assertThat(menu.getDomProperty("open")).isEqualTo("true");
            assertThat(browser.findElement(By.cssSelector(".sidenav a[href$='/back/customers']"))
                            .isDisplayed())
                    .isTrue();
            screenshot("back-menu-open-390");
            browser.manage().window().setSize(new Dimension(1366, 768));
            browser.get(url("/back/requests"));
            assertThat(browser.findElement(By.cssSelector("details.sidenav-menu"))
                            .getDomProperty("open"))
                    .as("open on a wide screen")
                    .isEqualTo("true");
            assertThat(browser.findElement(By.cssSelector(".sidenav-menu summary"))
                            .isDisplayed())
                    .isFalse();
            screenshot("back-queue-1366");
            // With htmx, choosing a filter swaps the filters and the list together: the counts follow, the focus stays.
            new Select(browser.findElement(By.id("priority"))).selectByValue("URGENT");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("priority=URGENT"));
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".queue-total"), ": 0"));
            assertThat(browser.findElement(By.cssSelector("#priority option[value='URGENT']"))
                            .getText())
                    .endsWith("(0)");
            assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
                    .as("the focus stays on the filter")
                    .isEqualTo("priority");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The page is wider than the window, or a table is wider than its box (it would need a sideways scroll). */
    private static boolean overflows() {
        Object wider = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth"
                        + " || Array.from(document.querySelectorAll('.table-wrap'))"
                        + ".some(box => box.scrollWidth > box.clientWidth + 1);");
        return Boolean.TRUE.equals(wider);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The serious and critical violations on the page, one line each. */
    private List<String> check(String sample, Who who, boolean phone) {
        signInAs(who);
        String path = world.fill(sample);
        browser.get(url(path));
        String landed = browser.getCurrentUrl();
        List<String> found = new ArrayList<>();
        if (landed.contains("/login") && who != Who.ANONYMOUS) {
            found.add("not reached: " + path + " as " + who + " landed on " + landed);
            return found;
        }
        if (!browser.findElements(By.cssSelector(".error-page")).isEmpty()) {
            found.add("an error page, not the page: " + path + " as " + who);
            return found;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        if (results.isErrored()) {
            found.add("axe failed on " + path + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + ") on " + sample + (phone ? " at 390 px" : "")
                        + " as " + who + ": " + node.getTarget() + " — " + rule.getHelp());
            }
        }
        return found;
    }

    private void signInAs(Who who) {
        if (who == signedIn) {
            return;
        }
        browser.manage().deleteAllCookies();
        signedIn = who;
        if (who == Who.ANONYMOUS) {
            return;
        }
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(accounts.get(who).getUsername());
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    static boolean answersAFile(String sample) {
        return sample.endsWith(".vcf")
                || sample.endsWith(".csv")
                || sample.endsWith("/pdf")
                || sample.contains("/attachments/")
                || sample.contains("/documents/")
                || sample.endsWith(".css")
                || sample.equals("/company/logo")
                || sample.startsWith("/media/")
                || sample.endsWith(".atom")
                || sample.endsWith(".xml")
                || sample.endsWith(".txt")
                || sample.contains("/accounting/fec");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
