package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.Contact;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestRequests;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The desk's intake: where the request will go is shown before saving (asked of the routing rules), a request that
 * goes to a team needs the hand-off note and everything typed is kept when a field is refused; the requester is picked
 * among the organisation's contacts or added as a new one; priority and files at creation; a DEM- search opens it.
 */
class DeskIntakeIT extends IntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("DEM-\\d{4}-\\d{6,}");

    @LocalServerPort
    int port;

    @Autowired
    RequestManagement requests;

    @Autowired
    RoutingRuleManagement routing;

    @Autowired
    AttachmentManagement attachments;

    @Autowired
    TeamManagement teams;

    Team routedTeam;
    String keyword;
    long organisation;
    UserAccount agent;
    HttpSession desk;

    @BeforeEach
    void aRuleSendsAKeywordToATeam() {
        routedTeam = teams.createTeam(unique("reseau"), unique("Réseaux"), Office.BACK_OFFICE, null, false);
        keyword = unique("fibre");
        routing.saveRoutingRule(RoutingRule.of(0, null, null, null, keyword, routedTeam.getCode(), Priority.HIGH));
        organisation = customerUser().getCustomerOrganisationId();
        agent = staff(Role.FRONT_OFFICE);
        desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);
        desk.get("/desk/requests/new?organisationId=" + organisation);
    }

    @Test
    void whereTheRequestGoesIsShownBeforeSavingAndTheNoteIsRequiredWithEverythingTypedKept() {
        String preview = text(desk.get(
                "/desk/requests/new/route?category=TECHNICAL&channel=PHONE&organisationId=" + organisation
                        + "&subject=Coupure+" + keyword,
                "HX-Request",
                "true"));
        assertThat(preview)
                .doesNotContain("<html")
                .contains("Les règles l’envoient à l’équipe " + routedTeam.getName() + " (priorité Haute)")
                .contains("Elle ira à l’équipe " + routedTeam.getName());
        assertThat(text(desk.post(
                        "/desk/requests",
                        fields("subject", "Coupure " + keyword, "preview", "true", "handOffNote", "")
                                .toArray(String[]::new))))
                .as("without JavaScript, the preview button shows it too, and saves nothing")
                .contains("Les règles l’envoient à l’équipe " + routedTeam.getName())
                .doesNotContain("id=\"handOffNote-error\"");

        HttpResponse<String> refused = desk.post(
                "/desk/requests",
                fields("subject", "Coupure " + keyword, "destination", "", "handOffNote", "  ")
                        .toArray(String[]::new));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused))
                .contains("id=\"handOffNote-error\"")
                .contains("value=\"Paul Durand\"")
                .contains("value=\"Coupure " + keyword + "\"")
                .contains("Plus d’internet depuis ce matin")
                .contains("Les règles l’envoient à l’équipe " + routedTeam.getName());
        assertThat(requests.ofOrganisation(organisation, 10))
                .as("nothing saved")
                .isEmpty();

        HttpResponse<String> saved = desk.post(
                "/desk/requests",
                fields("subject", "Coupure " + keyword, "handOffNote", "Box changée hier, voyant rouge")
                        .toArray(String[]::new));
        Request request = recorded(saved);
        assertThat(request.getTeamId()).isEqualTo(routedTeam.getId());
        assertThat(request.getOwnerId()).as("the agent stays the interlocutor").isEqualTo(agent.getId());
        assertThat(request.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(requests.history(request.getId())).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(RequestEventKind.HANDED_OFF);
            assertThat(entry.detail()).isEqualTo("Box changée hier, voyant rouge");
        });
    }

    @Test
    void theAgentChoosesTheTeamOrTheFrontOfficeWhateverTheRulesSay() {
        Team chosen = teams.createTeam(unique("compta"), unique("Compta"), Office.BACK_OFFICE, null, false);
        HttpResponse<String> missingNote = desk.post(
                "/desk/requests",
                fields("destination", String.valueOf(chosen.getId()), "subject", "Facture en double")
                        .toArray(String[]::new));
        assertThat(text(missingNote))
                .contains("id=\"handOffNote-error\"")
                .as("the team chosen is kept")
                .contains("<option value=\"" + chosen.getId() + "\" selected=\"selected\">");
        Request toTeam = recorded(desk.post(
                "/desk/requests",
                fields(
                                "destination",
                                String.valueOf(chosen.getId()),
                                "subject",
                                "Facture en double",
                                "handOffNote",
                                "Vérifier l’avoir")
                        .toArray(String[]::new)));
        assertThat(toTeam.getTeamId()).isEqualTo(chosen.getId());

        Request kept = recorded(desk.post(
                "/desk/requests",
                fields("destination", "front", "subject", "Coupure " + keyword, "priority", "URGENT")
                        .toArray(String[]::new)));
        assertThat(kept.getTeamId())
                .as("kept at the front office despite the rule")
                .isNull();
        assertThat(kept.getPriority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void theRequesterIsPickedAmongTheContactsOrAddedAsANewContact() {
        Contact contact = customers.addContact(
                organisation, "Inès", "Garnier", "Comptable", "ines.garnier@example.fr", "04 72 00 00 01");
        String page =
                text(desk.get("/desk/requests/new/contacts?organisationId=" + organisation, "HX-Request", "true"));
        assertThat(page).doesNotContain("<html").contains("Inès Garnier");

        Request picked = recorded(desk.post(
                "/desk/requests",
                fields("contactId", String.valueOf(contact.getId()), "requesterName", "", "subject", "Accès")
                        .toArray(String[]::new)));
        assertThat(picked.getRequesterName()).isEqualTo("Inès Garnier");
        assertThat(picked.getRequesterEmail()).isEqualTo("ines.garnier@example.fr");

        int before = customers.contactsOf(organisation).size();
        HttpResponse<String> badPhone = desk.post(
                "/desk/requests",
                fields(
                                "requesterName",
                                "Hugo Lefèvre",
                                "requesterEmail",
                                "hugo@example.fr",
                                "requesterPhone",
                                "pas un numéro",
                                "addContact",
                                "true",
                                "subject",
                                "Nouveau venu")
                        .toArray(String[]::new));
        assertThat(text(badPhone)).contains("id=\"requesterPhone-error\"").contains("value=\"Hugo Lefèvre\"");
        assertThat(customers.contactsOf(organisation)).hasSize(before);

        Request added = recorded(desk.post(
                "/desk/requests",
                fields(
                                "requesterName",
                                "Hugo Lefèvre",
                                "requesterEmail",
                                "hugo@example.fr",
                                "requesterPhone",
                                "04 72 00 00 02",
                                "addContact",
                                "true",
                                "subject",
                                "Nouveau venu")
                        .toArray(String[]::new)));
        assertThat(added.getRequesterName()).isEqualTo("Hugo Lefèvre");
        assertThat(customers.contactsOf(organisation)).hasSize(before + 1).anySatisfy(c -> {
            assertThat(c.getFullName()).isEqualTo("Hugo Lefèvre");
            assertThat(c.getEmail()).isEqualTo("hugo@example.fr");
            assertThat(c.getPhone()).isEqualTo("04 72 00 00 02");
        });

        long otherOrganisation = customerUser().getCustomerOrganisationId();
        Contact stranger = customers.addContact(otherOrganisation, "Zoé", "Autre", null, "zoe@example.fr", null);
        assertThat(text(desk.post(
                        "/desk/requests",
                        fields("contactId", String.valueOf(stranger.getId()), "subject", "Intrus")
                                .toArray(String[]::new))))
                .as("a contact of another organisation is refused on its field")
                .contains("id=\"contactId-error\"");
    }

    @Test
    void filesAreAttachedAtCreationAndARefusedOneIsNamed() {
        HttpResponse<String> refused = desk.postFile(
                "/desk/requests",
                "virus.exe",
                "MZ".getBytes(StandardCharsets.UTF_8),
                fields("subject", "Avec pièce jointe").toArray(String[]::new));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused))
                .contains("id=\"files-error\"")
                .contains("Fichier refusé : virus.exe")
                .contains("value=\"Avec pièce jointe\"");

        Request request = recorded(desk.postFile(
                "/desk/requests",
                "capture.txt",
                "écran bleu".getBytes(StandardCharsets.UTF_8),
                fields("subject", "Avec pièce jointe", "priority", "LOW").toArray(String[]::new)));
        assertThat(request.getPriority()).isEqualTo(Priority.LOW);
        assertThat(attachments.attachments(request.getId(), false))
                .singleElement()
                .satisfies(file -> assertThat(file.filename()).isEqualTo("capture.txt"));
    }

    @Test
    void searchingARequestReferenceAtTheDeskOpensTheRequest() {
        UserAccount customer = customerUser();
        Request request =
                requests.submit(TestRequests.fromPortal(customer, "Recherche directe"), TestRequests.actorOf(customer));
        HttpResponse<String> search =
                desk.get("/desk?q=" + request.getReference().toLowerCase());
        assertThat(search.statusCode()).isEqualTo(302);
        assertThat(search.headers().firstValue("Location").orElseThrow())
                .endsWith("/desk/requests/" + request.getReference());
        assertThat(text(desk.get("/desk?q=" + request.getReference(), "HX-Request", "true")))
                .contains("href=\"/desk/requests/" + request.getReference() + "\"")
                .contains("Ouvrir la demande " + request.getReference());
        assertThat(desk.get("/desk?q=DEM-1999-999999").statusCode())
                .as("a reference that does not exist is searched as text")
                .isEqualTo(200);
    }

    /** The desk's form, filled: Paul Durand calls about a technical problem; {@code overrides} replace fields. */
    private List<String> fields(String... overrides) {
        List<String> fields = new ArrayList<>(List.of(
                "organisationId", String.valueOf(organisation),
                "requesterName", "Paul Durand",
                "requesterEmail", "paul@example.fr",
                "channel", "PHONE",
                "category", "OTHER",
                "subject", "Sujet",
                "description", "Plus d’internet depuis ce matin",
                "resolvedNow", "false"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = fields.indexOf(overrides[i]);
            if (at >= 0 && at % 2 == 0) {
                fields.set(at + 1, overrides[i + 1]);
            } else {
                fields.add(overrides[i]);
                fields.add(overrides[i + 1]);
            }
        }
        return fields;
    }

    private Request recorded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        Matcher matcher = REFERENCE.matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return requests.findByReference(matcher.group())
                .orElseThrow(() -> new AssertionError("no request " + location));
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }
}
