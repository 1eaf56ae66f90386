package fr.guichet.quotes;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.company.TermsOfSale;
import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.UserManagement;
import fr.guichet.quotes.internal.QuoteRepository;
import fr.guichet.requests.Category;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The quotes' part of the demo company's year ({@link DemoActivity}, order 450): some forty-five quotes to the customers
 * and prospects, from catalogue items, many made from the year's pre-sales requests. The older ones were sent and then
 * accepted online (with the proof the acceptance keeps: the signer, the time, the hashes of the PDF kept as sent and of
 * the terms attached, and the certificate), declined with a reason, or left to expire; a few were revised and sent
 * again; the last days' are drafts or sent and awaiting an answer — one of them for the first customer with a portal
 * user, so that they can accept it. Each goes through {@link QuoteManagement}'s own drafting, sending and acceptance at
 * past instants, without the email; nothing reaches anyone.
 */
@Component
class QuotesDemoLife implements DemoActivity {

    static final String BY = "Administration des ventes (démo)";

    /** The address an acceptance of the demo's past is recorded from: none was really given. */
    static final String DEMO_IP = "demo";

    private static final int STANDALONE = 20;
    private static final int RECENT = 6;
    private static final int FROM_REQUESTS = 16;

    private static final List<String> TITLES = List.of(
            "Renouvellement du parc de postes de travail",
            "Migration de la messagerie vers Microsoft 365",
            "Audit de sécurité du réseau",
            "Infogérance des postes et du serveur",
            "Formation bureautique des équipes",
            "Sauvegarde externalisée des données",
            "Équipement informatique d'un nouveau bureau",
            "Assistance utilisateurs à l'année",
            "Mise à niveau du serveur de fichiers",
            "Protection antivirus des postes");

    private static final List<String> NOTES = List.of(
            "Intervention planifiée dans les dix jours ouvrés suivant votre accord.",
            "Tarifs consentis pour un engagement d'un an.",
            "Le matériel reste à fournir par vos soins ; nous assurons l'installation et la configuration.",
            "Prix établis pour les postes recensés lors de notre échange ; tout poste supplémentaire sera facturé au"
                    + " même tarif.");

    private static final List<String> DECLINE_REASONS = List.of(
            "Budget reporté à l'année prochaine.",
            "Nous avons retenu une autre proposition, moins chère.",
            "Le projet est suspendu pour le moment.",
            "Nous gardons notre prestataire actuel.",
            "Délai d'intervention trop long pour nous.");

    private final QuoteManagement quotes;
    private final QuoteRepository repository;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final RequestManagement requests;
    private final TermsOfSaleManagement terms;
    private final UserManagement users;

    QuotesDemoLife(
            QuoteManagement quotes,
            QuoteRepository repository,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            RequestManagement requests,
            TermsOfSaleManagement terms,
            UserManagement users) {
        this.quotes = quotes;
        this.repository = repository;
        this.customers = customers;
        this.catalogue = catalogue;
        this.requests = requests;
        this.terms = terms;
        this.users = users;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String name() {
        return "quotes";
    }

    /** What becomes of a quote: left a draft, sent and awaiting, accepted, declined, or expired unanswered. */
    enum Fate {
        DRAFT,
        AWAITING,
        ACCEPTED,
        DECLINED,
        EXPIRED
    }

    /** A quote to play: when it is drafted, for whom, from which request, and (for a few) its fate decided. */
    private record Plan(
            Instant drafted,
            Organisation customer,
            @Nullable Long requestId,
            @Nullable String requester,
            String title,
            @Nullable Fate fate) {}

    @Override
    public DemoOutcome play(DemoLife life) {
        SplittableRandom random = life.random(name());
        Optional<TermsOfSale> inForce = terms.current();
        List<Organisation> addressees = customers.all(10_000).stream()
                .filter(o -> o.getStatus() == CustomerStatus.CUSTOMER || o.getStatus() == CustomerStatus.PROSPECT)
                .sorted(Comparator.comparing(Organisation::getId))
                .toList();
        List<CatalogueItem> items =
                catalogue.all().stream().filter(CatalogueItem::isActive).toList();
        if (inForce.isEmpty() || addressees.isEmpty() || items.isEmpty()) {
            return new DemoOutcome("no terms of sale, customer or catalogue: no quote");
        }
        List<Plan> plans = new ArrayList<>();
        plans.addAll(fromRequests(life, addressees, random));
        for (int i = 0; i < STANDALONE; i++) {
            Organisation customer = addressees.get(random.nextInt(addressees.size()));
            long day = random.nextLong(ChronoUnit.DAYS.between(life.firstDay(), life.lastDay()));
            plans.add(new Plan(
                    at(life.firstDay().plusDays(day), life, 9 + random.nextInt(8)),
                    customer,
                    null,
                    null,
                    TITLES.get(random.nextInt(TITLES.size())),
                    null));
        }
        for (int i = 0; i < RECENT; i++) {
            Organisation customer = addressees.get(random.nextInt(addressees.size()));
            plans.add(new Plan(
                    at(life.lastDay().minusDays(1 + random.nextInt(20)), life, 9 + random.nextInt(8)),
                    customer,
                    null,
                    null,
                    TITLES.get(random.nextInt(TITLES.size())),
                    i % 2 == 0 ? Fate.DRAFT : Fate.AWAITING));
        }
        portalCustomer(addressees).ifPresent(customer -> {
            plans.add(new Plan(
                    at(life.lastDay().minusDays(4), life, 10),
                    customer,
                    null,
                    null,
                    "Infogérance des postes et du serveur",
                    Fate.AWAITING));
            plans.add(new Plan(
                    at(life.lastDay().minusMonths(4), life, 11),
                    customer,
                    null,
                    null,
                    "Sauvegarde externalisée des données",
                    Fate.ACCEPTED));
        });
        plans.removeIf(plan -> !plan.drafted().isBefore(life.end()));
        plans.sort(Comparator.comparing(Plan::drafted));
        int[] made = new int[Fate.values().length];
        int linked = 0;
        int revised = 0;
        for (Plan plan : plans) {
            Played played = play(plan, life, items, inForce.get(), random);
            made[played.fate().ordinal()]++;
            linked += plan.requestId() == null ? 0 : 1;
            revised += played.revised() ? 1 : 0;
        }
        return new DemoOutcome(String.format(
                "%d quotes (%d from pre-sales requests): %d drafts, %d awaiting an answer, %d accepted, %d declined,"
                        + " %d expired, %d revised",
                plans.size(),
                linked,
                made[Fate.DRAFT.ordinal()],
                made[Fate.AWAITING.ordinal()],
                made[Fate.ACCEPTED.ordinal()],
                made[Fate.DECLINED.ordinal()],
                made[Fate.EXPIRED.ordinal()],
                revised));
    }

    private record Played(Fate fate, boolean revised) {}

    private Played play(Plan plan, DemoLife life, List<CatalogueItem> items, TermsOfSale inForce, SplittableRandom r) {
        Quote quote = quotes.draft(
                plan.customer().getId(),
                plan.requestId(),
                plan.title(),
                null,
                r.nextInt(2) == 0 ? NOTES.get(r.nextInt(NOTES.size())) : null,
                Language.FR,
                BY,
                plan.drafted());
        Instant at = plan.drafted();
        for (CatalogueItem item : lines(items, r)) {
            at = at.plusSeconds(60);
            quote.addLine(QuoteManagement.catalogueLine(item, quote.getLanguage(), quantity(item, r), discount(r)), at);
        }
        quote = repository.save(quote);
        LocalDate drafted = day(plan.drafted(), life);
        long age = ChronoUnit.DAYS.between(drafted, life.lastDay());
        Fate fate = plan.fate() != null ? plan.fate() : fate(age, quote.getValidUntil(), life, r);
        if (fate == Fate.DRAFT) {
            return new Played(fate, false);
        }
        Instant sent = at.plusSeconds(3600L * (1 + r.nextInt(4)));
        if (age > 3 && fate != Fate.AWAITING) {
            sent = at(drafted.plusDays(1), life, 9 + r.nextInt(3));
        }
        if (!sent.isBefore(life.end())) {
            return new Played(Fate.DRAFT, false);
        }
        quote = quotes.send(quote, inForce, sent);
        LocalDate sentDay = day(sent, life);
        LocalDate lastAnswer = min(quote.getValidUntil(), life.lastDay().minusDays(1));
        boolean revised = false;
        if (fate == Fate.ACCEPTED && r.nextInt(5) == 0 && sentDay.plusDays(4).isBefore(lastAnswer)) {
            Instant changed = at(sentDay.plusDays(2), life, 14);
            quote.addLine(
                    QuoteManagement.catalogueLine(
                            items.get(r.nextInt(items.size())), quote.getLanguage(), BigDecimal.ONE, BigDecimal.TEN),
                    changed);
            quote = quotes.send(repository.save(quote), inForce, changed.plusSeconds(1800));
            sentDay = day(changed, life);
            revised = true;
        }
        if (fate == Fate.AWAITING) {
            return new Played(fate, revised);
        }
        if (fate == Fate.EXPIRED) {
            LocalDate dayAfter = quote.getValidUntil().plusDays(1);
            quote.expireIfOver(dayAfter, at(dayAfter, life, 1));
            repository.save(quote);
            return new Played(fate, revised);
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(sentDay, lastAnswer));
        LocalDate answered = sentDay.plusDays(1 + r.nextLong(span));
        Instant answeredAt = at(min(answered, lastAnswer), life, 9 + r.nextInt(9));
        if (fate == Fate.DECLINED) {
            quote.decline(DECLINE_REASONS.get(r.nextInt(DECLINE_REASONS.size())), answeredAt);
            repository.save(quote);
            return new Played(fate, revised);
        }
        Signer signer = signer(plan, r);
        quotes.accept(quote, signer.name(), signer.role(), DEMO_IP, null, answeredAt);
        return new Played(fate, revised);
    }

    /** What becomes of a quote drafted {@code age} days ago. */
    private static Fate fate(long age, LocalDate validUntil, DemoLife life, SplittableRandom r) {
        int draw = r.nextInt(100);
        if (age <= 6) {
            return draw < 45 ? Fate.DRAFT : Fate.AWAITING;
        }
        if (validUntil.isBefore(life.lastDay().minusDays(1))) {
            return draw < 55 ? Fate.ACCEPTED : draw < 75 ? Fate.DECLINED : Fate.EXPIRED;
        }
        return draw < 40 ? Fate.AWAITING : draw < 85 ? Fate.ACCEPTED : Fate.DECLINED;
    }

    /**
     * Some of the year's pre-sales requests of customers and prospects, each made into its quote the next working hours
     * (the request's subject as the title, as "make the quote of this request" does).
     */
    private List<Plan> fromRequests(DemoLife life, List<Organisation> addressees, SplittableRandom random) {
        List<QueueItem> preSales = new ArrayList<>();
        for (Organisation customer : addressees) {
            requests.ofOrganisation(customer.getId(), 2000).stream()
                    .filter(item -> item.category() == Category.PRE_SALES)
                    .filter(item -> !item.createdAt().isBefore(life.start())
                            && item.createdAt().isBefore(life.end()))
                    .forEach(preSales::add);
        }
        preSales.sort(Comparator.comparing(QueueItem::createdAt).thenComparing(QueueItem::id));
        List<Plan> plans = new ArrayList<>();
        double share = preSales.isEmpty() ? 0 : Math.min(1, (double) FROM_REQUESTS / preSales.size());
        for (QueueItem item : preSales) {
            if (random.nextDouble() >= share) {
                continue;
            }
            Organisation customer = addressees.stream()
                    .filter(o -> o.getId().equals(item.organisationId()))
                    .findFirst()
                    .orElseThrow();
            Instant drafted = item.createdAt().plusSeconds(3600L * (2 + random.nextInt(22)));
            if (!drafted.isBefore(life.end())) {
                drafted = item.createdAt().plusSeconds(600);
            }
            plans.add(new Plan(drafted, customer, item.id(), item.requesterName(), item.subject(), null));
        }
        return plans;
    }

    /** The first customer with a portal user (the demo's portal login): one of their quotes awaits their answer. */
    private Optional<Organisation> portalCustomer(List<Organisation> addressees) {
        return addressees.stream()
                .filter(o -> o.getStatus() == CustomerStatus.CUSTOMER)
                .limit(5)
                .filter(o -> !users.ofOrganisation(o.getId()).isEmpty())
                .findFirst();
    }

    private record Signer(String name, String role) {}

    /** Who signs the "bon pour accord": the requester when they are a contact of the customer, else a contact. */
    private Signer signer(Plan plan, SplittableRandom r) {
        List<Contact> contacts = customers.contactsOf(plan.customer().getId());
        Contact chosen = contacts.stream()
                .filter(c -> c.getFullName().equals(plan.requester()))
                .findFirst()
                .orElse(contacts.isEmpty() ? null : contacts.get(r.nextInt(contacts.size())));
        if (chosen == null) {
            return new Signer(plan.requester() == null ? plan.customer().getName() : plan.requester(), "Gérant");
        }
        String role = chosen.getJobTitle() == null || chosen.getJobTitle().isBlank() ? "Gérant" : chosen.getJobTitle();
        return new Signer(chosen.getFullName(), role);
    }

    private static List<CatalogueItem> lines(List<CatalogueItem> items, SplittableRandom r) {
        List<CatalogueItem> chosen = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            CatalogueItem item = items.get(r.nextInt(items.size()));
            if (!chosen.contains(item)) {
                chosen.add(item);
            }
        }
        return chosen;
    }

    private static BigDecimal quantity(CatalogueItem item, SplittableRandom r) {
        return item.getRecurrence() == Recurrence.ONE_OFF
                ? BigDecimal.valueOf(1 + r.nextInt(5))
                : BigDecimal.valueOf(1 + r.nextInt(25));
    }

    private static BigDecimal discount(SplittableRandom r) {
        return r.nextInt(5) == 0 ? BigDecimal.valueOf(5 * (1 + r.nextInt(3))) : BigDecimal.ZERO;
    }

    private static LocalDate day(Instant at, DemoLife life) {
        return at.atZone(life.zone()).toLocalDate();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant at(LocalDate date, DemoLife life, int hour) {
        return date.atTime(hour, 0).atZone(life.zone()).toInstant();
    }
}
