package fr.guichet.demo;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.ItemDetails;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.Site;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.Language;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.NewsManagement;
import fr.guichet.website.WebsiteManagement;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo company into an empty database. Runs in one transaction: when two instances start together on
 * one empty database, the second one's first insert waits for the first one's commit, fails on the unique code,
 * and the second instance leaves the data as the first one wrote it.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    /** The password of every demo account; documented in the README. */
    static final String DEMO_PASSWORD = "Guichet-Demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final UserManagement users;
    private final TeamManagement teams;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final KnowledgeManagement knowledge;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final CompanyManagement company;
    private final TermsOfSaleManagement termsOfSale;
    private final List<DemoActivity> activities;
    private final Clock clock;
    private final MediaLibrary media;
    private final NewsManagement news;
    private final WebsiteManagement website;

    DemoDataSeeder(
            UserManagement users,
            TeamManagement teams,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            KnowledgeManagement knowledge,
            PasswordEncoder passwordEncoder,
            TransactionTemplate transaction,
            Environment environment,
            CompanyManagement company,
            TermsOfSaleManagement termsOfSale,
            ObjectProvider<DemoActivity> activities,
            Clock clock,
            MediaLibrary media,
            NewsManagement news,
            WebsiteManagement website) {
        this.website = website;
        this.users = users;
        this.teams = teams;
        this.customers = customers;
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.environment = environment;
        this.company = company;
        this.termsOfSale = termsOfSale;
        this.activities = activities.stream()
                .sorted(Comparator.comparingInt(DemoActivity::order))
                .toList();
        this.clock = clock;
        this.media = media;
        this.news = news;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoDataSetting.from(environment).enabled()) {
            return;
        }
        if (users.count() > 0) {
            seedProfileOfEarlierDemo();
            log.info("Demo data not seeded: the database already holds users");
            return;
        }
        try {
            transaction.executeWithoutResult(status -> seed());
        } catch (RuntimeException e) {
            if (!causedByDuplicateKey(e)) {
                throw e;
            }
            log.info("Demo data not seeded: another instance seeded it at the same time");
        }
    }

    /**
     * A demo database seeded before the company's identity was stored has the demo's users but a neutral identity:
     * the demo company's is stored then, once (another instance may do it at the same moment).
     */
    private void seedProfileOfEarlierDemo() {
        if (company.stored().version() > 0
                || users.findByEmail(DemoCompany.staffEmail("accueil")).isEmpty()) {
            return;
        }
        try {
            company.change(DemoCompany.PROFILE, 0, "demo");
            users.findByUsername("webmestre")
                    .ifPresent(webmaster -> DemoKnowledge.seed(knowledge, new AccountPrincipal(webmaster)));
            log.info("Demo company's identity stored in the existing demo database");
        } catch (RuntimeException e) {
            log.info("Demo company's identity not stored: it was stored meanwhile ({})", e.getMessage());
        }
    }

    private static byte[] demoLogo() {
        try (var in = DemoDataSeeder.class.getClassLoader().getResourceAsStream(DemoCompany.LOGO)) {
            if (in == null) {
                throw new IllegalStateException("Demo logo missing: " + DemoCompany.LOGO);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each module's part of the company's year of life, in order (DemoActivity). */
    private void playLife(DemoLife life) {
        for (DemoActivity activity : activities) {
            long started = System.nanoTime();
            DemoActivity.DemoOutcome outcome = activity.play(life);
            log.info(
                    "Demo life: {} — {} in {} ms",
                    activity.name(),
                    outcome.summary(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static boolean causedByDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private void seed() {
        long started = System.nanoTime();
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Map<String, Site> sites = new HashMap<>();
        for (DemoCompany.SiteSeed seed : DemoCompany.SITES) {
            sites.put(seed.code(), teams.createSite(seed.code(), seed.name(), seed.city(), seed.remote()));
        }
        Map<String, Team> teamsByCode = new HashMap<>();
        for (DemoCompany.TeamSeed seed : DemoCompany.TEAMS) {
            teamsByCode.put(
                    seed.code(),
                    teams.createTeam(seed.code(), seed.name(), seed.office(), seed.email(), seed.answersCustomers()));
        }
        for (DemoCompany.StaffSeed seed : DemoCompany.STAFF) {
            UserProfile profile = UserProfile.staff(
                            seed.username(),
                            seed.displayName(),
                            DemoCompany.staffEmail(seed.username()),
                            seed.roles(),
                            teamsByCode.get(seed.team()).getId(),
                            sites.get(seed.site()).getId())
                    .withLanguage(seed.english() ? Language.EN : Language.FR);
            users.createWithHash(profile, hash, false);
        }
        users.createIntegration(new UserProfile(
                "integration.erp",
                "Connecteur ERP",
                "erp@helios-infogerance.fr",
                AccountKind.INTEGRATION,
                Set.of(Role.BACK_OFFICE),
                null,
                null,
                null,
                Language.FR));
        List<DemoCompany.CustomerSeed> seeds = DemoCustomers.all();
        for (int i = 0; i < seeds.size(); i++) {
            DemoCompany.CustomerSeed seed = seeds.get(i);
            Organisation organisation = customers.register(new NewOrganisation(
                    seed.name(),
                    null,
                    seed.kind(),
                    i % 9 == 8 ? CustomerStatus.PROSPECT : CustomerStatus.CUSTOMER,
                    seed.siren(),
                    seed.segment(),
                    Address.french(seed.street(), seed.postalCode(), seed.city()),
                    seed.phone(),
                    seed.email()));
            for (DemoCompany.ContactSeed contact : seed.contacts()) {
                customers.addContact(
                        organisation.getId(),
                        contact.firstName(),
                        contact.lastName(),
                        contact.jobTitle(),
                        contact.email(),
                        contact.phone());
            }
            DemoCompany.ContactSeed first = seed.contacts().get(0);
            String username = i == 0 ? "client" : String.format("client%02d", i + 1);
            users.createWithHash(
                    UserProfile.customer(
                            username, first.firstName() + " " + first.lastName(), first.email(), organisation.getId()),
                    hash,
                    false);
        }
        for (ItemDetails item : DemoCatalogue.items()) {
            CatalogueItem added = catalogue.add(item);
            if (DemoCatalogue.RETIRED.equals(added.getCode())) {
                catalogue.retire(added.getId());
            }
        }
        // An instance seeding at the same moment has failed on the sites' unique codes before.
        company.change(DemoCompany.PROFILE, 0, "demo");
        company.changeLogo(demoLogo(), 0, "demo");
        DemoTermsOfSale.seed(termsOfSale);
        DemoWebsiteNews.seed(media, news, clock);
        users.findByUsername("webmestre")
                .ifPresent(webmaster -> DemoKnowledge.seed(knowledge, new AccountPrincipal(webmaster)));
        DemoSitePages.seed(website);
        DemoDataSetting setting = DemoDataSetting.from(environment);
        if (setting.life()) {
            playLife(DemoLife.yearEnding(setting.seed(), clock.instant()));
        }
        log.info(
                "Demo data seeded: {} sites, {} teams, {} staff, {} customer organisations in {} ms",
                DemoCompany.SITES.size(),
                DemoCompany.TEAMS.size(),
                DemoCompany.STAFF.size(),
                seeds.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
