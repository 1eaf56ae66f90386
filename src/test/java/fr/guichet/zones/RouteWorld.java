package fr.guichet.zones;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.ItemDetails;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractDocumentManagement;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.customers.CustomerImportManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.identity.UserProfile;
import fr.guichet.requests.Actor;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.BusinessHours;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewAttachment;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.OwnerSettingsManagement;
import fr.guichet.requests.Priority;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RoutingRule;
import fr.guichet.requests.RoutingRuleManagement;
import fr.guichet.requests.SavedReplyDraft;
import fr.guichet.requests.SavedReplyManagement;
import fr.guichet.requests.SavedReplyScope;
import fr.guichet.shared.Language;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.TestOrganisations;
import fr.guichet.website.PageKind;
import fr.guichet.website.PageText;
import fr.guichet.website.WebsiteManagement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;

/**
 * The objects one cell of the access matrix acts on, made when a sample path or body first names them: {@code {ref}}
 * is a request of the customer's organisation that passed through the quiet team and is held by the holding team,
 * {@code {contract}} an active contract of that organisation, and so on (see {@link #make}). A state-changing cell gets
 * a world of its own, so that what one principal did never changes what the next one meets.
 */
final class RouteWorld {

    /** Text of an internal note on {@code {ref}}: a customer must never read it. */
    static final String INTERNAL_NOTE = "Note interne matrice: ne pas montrer au client";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(\\.v)?}");

    /** What every world shares: the principals' organisations, teams and accounts. */
    record Cast(
            long customerOrganisation,
            long otherOrganisation,
            long holdingTeam,
            long otherTeam,
            long quietTeam,
            UserAccount frontOffice,
            UserAccount holdingMember,
            UserAccount quietMember,
            UserAccount customer) {}

    record Services(
            RequestManagement requests,
            RoutingRuleManagement routing,
            AttachmentManagement attachments,
            ContractManagement contracts,
            ContractDocumentManagement documents,
            CustomerManagement customers,
            CustomerImportManagement imports,
            CatalogueManagement catalogue,
            UserManagement users,
            TeamManagement teams,
            ApiTokenManagement tokens,
            BusinessHours hours,
            Function<String, String> unique,
            OwnerSettingsManagement ownerSettings,
            SavedReplyManagement savedReplies,
            WebsiteManagement website) {

        /** The services of the running application, for the tests that walk every route. */
        static Services of(ApplicationContext context, Function<String, String> unique) {
            return new Services(
                    context.getBean(RequestManagement.class),
                    context.getBean(RoutingRuleManagement.class),
                    context.getBean(AttachmentManagement.class),
                    context.getBean(ContractManagement.class),
                    context.getBean(ContractDocumentManagement.class),
                    context.getBean(CustomerManagement.class),
                    context.getBean(CustomerImportManagement.class),
                    context.getBean(CatalogueManagement.class),
                    context.getBean(UserManagement.class),
                    context.getBean(TeamManagement.class),
                    context.getBean(ApiTokenManagement.class),
                    context.getBean(BusinessHours.class),
                    unique,
                    context.getBean(OwnerSettingsManagement.class),
                    context.getBean(SavedReplyManagement.class),
                    context.getBean(WebsiteManagement.class));
        }
    }

    private final Cast cast;
    private final Services services;
    private final Map<String, Object> made = new HashMap<>();

    RouteWorld(Cast cast, Services services) {
        this.cast = cast;
        this.services = services;
    }

    /** The text with every {@code {name}} replaced by the object's id (or reference) and {@code {name.v}} by its version. */
    String fill(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
            String value = name.equals("inamonth")
                    ? today.plusMonths(1).toString() // a date ahead, within what a quote's validity allows
                    : name.equals("today")
                            ? today.toString() // a payment received today
                            : m.group(2) == null ? id(name) : String.valueOf(version(name));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The last object the sample path names, and its version now: to check that a refused act changed nothing. */
    String fingerprint(String sample) {
        Matcher m = PLACEHOLDER.matcher(sample);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null || !made.containsKey(last)) {
            return null;
        }
        try {
            return last + "@" + version(last);
        } catch (UnsupportedOperationException noVersion) {
            return null;
        }
    }

    /** The objects already made, for samples that build on another ({@code {newsslug}} on {@code {pubnews}}). */
    interface Lookup {
        Object get(String name);
    }

    private Object get(String name) {
        Object value = made.get(name);
        if (value == null) {
            value = make(name);
            made.put(name, value);
        }
        return value;
    }

    private String id(String name) {
        Object value = get(name);
        if (value instanceof Request r) {
            return r.getReference();
        }
        if (value instanceof Contract c) {
            return String.valueOf(c.getId());
        }
        if (value instanceof Organisation o) {
            return String.valueOf(o.getId());
        }
        if (value instanceof UserAccount u) {
            return String.valueOf(u.getId());
        }
        return String.valueOf(value);
    }

    private int version(String name) {
        Object value = get(name);
        return switch (name) {
            case "ref", "deskref", "quietref", "resolvedref", "internalref", "backinternalref" ->
                services.requests().get(((Request) value).getId()).getVersion();
            case "contract", "draft" ->
                services.contracts().get(((Contract) value).getId()).getVersion();
            case "customer" ->
                services.customers()
                        .find(cast.customerOrganisation())
                        .orElseThrow()
                        .getVersion();
            case "fresh", "dupe" ->
                services.customers()
                        .find(((Organisation) value).getId())
                        .orElseThrow()
                        .getVersion();
            case "contact" ->
                services.customers().contactById((Long) value).orElseThrow().getVersion();
            case "item" -> services.catalogue().get((Long) value).getVersion();
            case "sitepage", "livepage" -> services.website().get((Long) value).getVersion();
            case "code" ->
                services.catalogue().byCode((String) value).orElseThrow().getVersion();
            case "user" -> services.users().get(((UserAccount) value).getId()).getVersion();
            case "team" -> services.teams().team((Long) value).getVersion();
            case "site" -> services.teams().site((Long) value).getVersion();
            case "rule" -> services.routing().routingRule((Long) value).getVersion();
            case "hours" -> services.hours().current().version();
            case "news", "pubnews", "media" -> WebsiteSamples.version(name, value);
            case "owners" -> services.ownerSettings().current().version();
            case "teamreply" ->
                services.savedReplies()
                        .get((AccountPrincipal) get("replykeeper"), (Long) value)
                        .getVersion();
            case "kbdraft", "kbpublished", "kbcategory", "kbempty" -> KnowledgeSamples.version(name, value);
            case "work", "deskwork", "billwork" -> WorkSamples.version(value);
            case "invoice", "invoicedraft", "billingsettings" -> BillingSamples.version(name, value);
            case "quote", "quotedraft", "quoteok" -> QuoteSamples.version(name, value);
            case "reminderlevel", "reminderrate" -> RemindersSamples.version(name, value);
            case "bankaccount", "stmtentry", "stmthandled" -> StatementSamples.version(name, value);
            case "mandate", "signedmandate" -> SepaSamples.version(name, value);
            case "presales" ->
                services.requests().get(((Request) value).getId()).getVersion();
            default -> throw new UnsupportedOperationException(name);
        };
    }

    private Object make(String name) {
        RequestManagement requests = services.requests();
        AccountPrincipal agent = principal(cast.frontOffice());
        return switch (name) {
            case "customer" -> cast.customerOrganisation();
            case "other" -> cast.otherOrganisation();
            case "holding" -> cast.holdingTeam();
            case "quiet" -> cast.quietTeam();
            case "member" -> cast.holdingMember().getId();
            case "ref" -> {
                Request r = atFrontOffice("Matrice: demande suivie");
                r = requests.handOff(r.getId(), r.getVersion(), cast.quietTeam(), "Pour la file calme", agent);
                r = requests.transfer(
                        r.getId(), r.getVersion(), cast.holdingTeam(), "Pour l'équipe", principal(cast.quietMember()));
                yield requests.addInternalNote(
                        r.getId(), r.getVersion(), INTERNAL_NOTE, principal(cast.holdingMember()));
            }
            case "deskref" -> atFrontOffice("Matrice: demande à l'accueil");
            case "internalref" -> internal(cast.frontOffice());
            case "backinternalref" -> internal(cast.holdingMember());
            case "owners" -> services.ownerSettings().current();
            case "quietref" -> {
                Request r = atFrontOffice("Matrice: demande de la file calme");
                yield requests.handOff(r.getId(), r.getVersion(), cast.quietTeam(), "Pour la file calme", agent);
            }
            case "resolvedref" -> {
                Request r = atFrontOffice("Matrice: demande résolue");
                yield requests.resolve(r.getId(), r.getVersion(), "Réglé", agent);
            }
            case "attachment" -> {
                Request r = (Request) get("ref");
                services.attachments()
                        .attach(
                                r,
                                List.of(new NewAttachment("piece.txt", "contenu".getBytes(StandardCharsets.UTF_8))),
                                principal(cast.holdingMember()),
                                false);
                yield services.attachments().attachments(r.getId(), true).get(0).id();
            }
            case "draft" -> {
                Contract c = services.contracts()
                        .draft(
                                cast.customerOrganisation(),
                                "Matrice: brouillon",
                                new ContractTerms(
                                        services.contracts().today(),
                                        services.contracts().today().plusYears(1),
                                        true,
                                        12,
                                        30));
                yield services.contracts().addLine(c.getId(), c.getVersion(), "HOTLINE-PRO", BigDecimal.ONE, null);
            }
            case "contract" -> {
                Contract c = (Contract) make("draft");
                yield services.contracts().activate(c.getId(), c.getVersion());
            }
            case "document" -> {
                Contract c = (Contract) get("contract");
                services.documents()
                        .attach(
                                c.getId(),
                                "annexe.pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                                "matrice");
                yield services.documents().of(c.getId()).get(0).id();
            }
            case "fresh", "dupe" -> organisation();
            case "contact" ->
                services.customers()
                        .addContact(
                                cast.customerOrganisation(),
                                "Paul",
                                "Contact",
                                null,
                                services.unique().apply("contact") + "@example.fr",
                                null)
                        .getId();
            case "code" -> item().getCode();
            case "itemcode" -> services.catalogue().get((Long) get("item")).getCode();
            case "username" -> ((UserAccount) get("user")).getUsername();
            case "item" -> item().getId();
            case "sitepage" -> sitePage(false);
            case "livepage" -> sitePage(true);
            case "user" -> {
                String username = services.unique().apply("matrice");
                yield services.users()
                        .create(
                                UserProfile.staff(
                                        username,
                                        "Matrice " + username,
                                        username + "@example.fr",
                                        Set.of(Role.FRONT_OFFICE),
                                        null,
                                        null),
                                "Un-mot-de-passe-solide");
            }
            case "team" ->
                services.teams()
                        .createTeam(services.unique().apply("eq"), "Équipe matrice", Office.BACK_OFFICE, null, false)
                        .getId();
            case "site" ->
                services.teams()
                        .createSite(services.unique().apply("site"), "Site matrice", "Lyon", false)
                        .getId();
            case "rule" ->
                services.routing()
                        .saveRoutingRule(RoutingRule.of(
                                900,
                                Category.OTHER,
                                null,
                                null,
                                services.unique().apply("motcle"),
                                null,
                                Priority.NORMAL))
                        .getId();
            case "token" -> {
                UserAccount integration = services.users()
                        .createIntegration(new UserProfile(
                                services.unique().apply("integration"),
                                "Intégration matrice",
                                services.unique().apply("integration") + "@example.fr",
                                AccountKind.INTEGRATION,
                                Set.of(Role.BACK_OFFICE),
                                null,
                                null,
                                null,
                                Language.FR));
                yield services.tokens()
                        .issue(integration.getId(), "matrice", "matrice")
                        .token()
                        .getId();
            }
            case "import" ->
                services.imports()
                        .upload("clients.csv", "nom;siren\nMatrice;\n".getBytes(StandardCharsets.UTF_8), "matrice");
            case "hours" -> services.hours().current();
            case "replykeeper" ->
                principal(services.users()
                        .createIntegration(new UserProfile(
                                services.unique().apply("gardien"),
                                "Gardien des réponses",
                                services.unique().apply("gardien") + "@example.fr",
                                AccountKind.INTEGRATION,
                                Set.of(Role.ADMIN),
                                null,
                                null,
                                null,
                                Language.FR)));
            case "teamreply" ->
                services.savedReplies()
                        .create(
                                (AccountPrincipal) get("replykeeper"),
                                new SavedReplyDraft(
                                        "Réponse de l'équipe",
                                        "Bonjour {{customer.name}}, au sujet de {{request.reference}}.",
                                        Language.FR,
                                        SavedReplyScope.TEAM,
                                        cast.holdingTeam()))
                        .getId();
            case "news", "pubnews", "newsslug", "media", "mediafile" -> WebsiteSamples.make(name, this::get);
            case "kiosk", "display", "reason", "desk", "thresholdversion", "ticket", "calledticket", "servingticket" ->
                CounterSamples.make(name, agent);
            case "work", "deskwork", "billwork" ->
                WorkSamples.make(name, this::get, principal(cast.holdingMember()), agent);
            case "kbslug", "kbsection", "kbinternalslug", "kbdraft", "kbpublished", "kbcategory", "kbempty" ->
                KnowledgeSamples.make(name);
            case "invoice", "invoicedraft", "billingsettings", "payment", "allocation" ->
                BillingSamples.make(name, this::get);
            case "overdueinvoice",
                    "reminder",
                    "disputedinvoice",
                    "plannedinvoice",
                    "reply",
                    "replyinvoice",
                    "reminderrun",
                    "reminderlevel",
                    "reminderrate" -> RemindersSamples.make(name, this::get, principal(cast.customer()));
            case "quote", "quotedraft", "quoteok", "presales" ->
                QuoteSamples.make(name, this::get, cast.customer().getId());
            case "freshiban", "bankaccount", "bankiban", "statementimport", "stmtentry", "stmthandled", "stmtinvoice" ->
                StatementSamples.make(name, this::get);
            case "sepacreditor", "mandate", "signedmandate", "debitdate", "debitbatch", "duebatch", "debit" ->
                SepaSamples.make(name, this::get);
            default -> throw new IllegalArgumentException("No such object in the matrix's world: {" + name + "}");
        };
    }

    private Request atFrontOffice(String subject) {
        return services.requests()
                .submit(
                        new NewRequest(
                                subject,
                                "Texte de la demande",
                                Category.OTHER,
                                Channel.PHONE,
                                cast.customerOrganisation(),
                                cast.customer().getId(),
                                "Client matrice",
                                null,
                                cast.frontOffice().getId()),
                        actor(cast.frontOffice()));
    }

    /** An internal request filed by this colleague, who alone may follow it on their own page. */
    private Request internal(UserAccount colleague) {
        return services.requests()
                .submit(
                        new NewRequest(
                                "Matrice: demande interne",
                                "Texte de la demande interne",
                                Category.INTERNAL_OTHER,
                                Channel.INTERNAL,
                                null,
                                colleague.getId(),
                                colleague.getDisplayName(),
                                null,
                                null),
                        actor(colleague));
    }

    private Organisation organisation() {
        return services.customers()
                .register(TestOrganisations.customerCompany(services.unique().apply("Matrice")));
    }

    private CatalogueItem item() {
        return services.catalogue()
                .add(new ItemDetails(
                        services.unique().apply("MAT").toUpperCase(),
                        "Article matrice",
                        "Matrix item",
                        null,
                        null,
                        Unit.MONTH,
                        Money.euros("10.00"),
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        true));
    }

    /** A page of the site (outside the menu), a draft or published once. */
    private long sitePage(boolean published) {
        String slug = services.unique().apply("matrice").toLowerCase();
        long id = services.website()
                .create(
                        PageKind.PAGE,
                        null,
                        List.of(PageText.written(Language.FR, "Page " + slug, slug, "Texte", "", "")),
                        "matrice");
        if (published) {
            services.website().publish(id, 0, "matrice");
        }
        return id;
    }

    private static Actor actor(UserAccount account) {
        return new Actor(account.getId(), account.getDisplayName());
    }

    private static AccountPrincipal principal(UserAccount account) {
        return new AccountPrincipal(account);
    }
}
