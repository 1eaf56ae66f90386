package fr.guichet.requests;

import static fr.guichet.requests.SavedReplyWorld.as;
import static fr.guichet.requests.SavedReplyWorld.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.TeamManagement;
import fr.guichet.shared.Language;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.util.HtmlUtils;

/** Saved replies: who uses and keeps them, their placeholders, the management pages and the composer's picker. */
class SavedRepliesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SavedReplyManagement replies;

    @Autowired
    RequestManagement requests;

    @Autowired
    TeamManagement teams;

    SavedReplyWorld world;

    @BeforeEach
    void world() {
        world = new SavedReplyWorld(users, teams, customers, requests, IntegrationTest::unique);
    }

    @Test
    void aTeamLeadKeepsTheTeamsRepliesItsMembersUseThemAndOtherTeamsDoNotSeeThem() {
        SavedReply reply = replies.create(
                as(world.lead),
                draft("Accusé", "Bonjour {{customer.name}}, c'est noté.", Language.FR, SavedReplyScope.TEAM));

        assertThat(reply.getScope()).isEqualTo(SavedReplyScope.TEAM);
        assertThat(reply.getTeamId()).isEqualTo(world.team);
        assertThat(replies.usableBy(as(world.member)))
                .extracting(SavedReply::getId)
                .contains(reply.getId());
        assertThat(replies.usableBy(as(world.otherTeamMember)))
                .extracting(SavedReply::getId)
                .doesNotContain(reply.getId());

        assertThatThrownBy(() -> replies.change(
                        as(world.member),
                        reply.getId(),
                        reply.getVersion(),
                        draft("Changé", "Texte", Language.FR, null)))
                .as("a member uses the team's reply but does not keep it")
                .isInstanceOf(SavedReplyRefused.class)
                .hasMessageContaining("savedreplies.error.team-lead-only");
        assertThatThrownBy(() -> replies.delete(as(world.otherTeamMember), reply.getId(), reply.getVersion()))
                .as("another team's lead does not even see it")
                .isInstanceOf(UnknownSavedReply.class);
        assertThatThrownBy(() ->
                        replies.create(as(world.member), draft("Équipe", "Texte", Language.FR, SavedReplyScope.TEAM)))
                .as("a member does not write the team's replies")
                .isInstanceOf(SavedReplyRefused.class);

        SavedReply changed = replies.change(
                as(world.lead), reply.getId(), reply.getVersion(), draft("Accusé", "Bien reçu.", Language.FR, null));
        assertThat(changed.getBody()).isEqualTo("Bien reçu.");
        SavedReply byAdmin = replies.change(
                as(world.admin),
                reply.getId(),
                changed.getVersion(),
                draft("Accusé de réception", "Bien reçu !", Language.FR, null));
        assertThat(byAdmin.getTitle()).isEqualTo("Accusé de réception");
        assertThat(byAdmin.getChangedBy()).isEqualTo(world.admin.getUsername());
        assertThatThrownBy(() -> replies.change(
                        as(world.lead),
                        reply.getId(),
                        changed.getVersion(),
                        draft("Vieux", "Texte", Language.FR, null)))
                .as("a change made on a version someone changed since is refused")
                .isInstanceOf(OptimisticLockingFailureException.class);

        replies.delete(as(world.admin), reply.getId(), byAdmin.getVersion());
        assertThat(replies.usableBy(as(world.member)))
                .extracting(SavedReply::getId)
                .doesNotContain(reply.getId());
    }

    @Test
    void aPersonalReplyIsItsAuthorsOnly() {
        SavedReply mine = replies.create(
                as(world.member), draft("Rappel", "Je vous rappelle.", Language.FR, SavedReplyScope.PERSONAL));

        assertThat(mine.getOwnerId()).isEqualTo(world.member.getId());
        assertThat(replies.usableBy(as(world.member)))
                .extracting(SavedReply::getId)
                .contains(mine.getId());
        assertThat(replies.usableBy(as(world.lead)))
                .as("not even the team lead sees a member's own reply")
                .extracting(SavedReply::getId)
                .doesNotContain(mine.getId());
        assertThatThrownBy(() -> replies.get(as(world.lead), mine.getId())).isInstanceOf(UnknownSavedReply.class);
        assertThatThrownBy(() -> replies.get(as(world.admin), mine.getId())).isInstanceOf(UnknownSavedReply.class);
        assertThat(replies.change(
                                as(world.member),
                                mine.getId(),
                                mine.getVersion(),
                                draft("Rappel", "Je vous rappelle demain.", Language.FR, null))
                        .getBody())
                .isEqualTo("Je vous rappelle demain.");
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndNamed() {
        assertThatThrownBy(() -> replies.create(
                        as(world.member),
                        draft(
                                "Faute",
                                "Bonjour {{customer.name}} et {{client.nom}}, {{ request.reference }}",
                                Language.FR,
                                SavedReplyScope.PERSONAL)))
                .isInstanceOfSatisfying(SavedReplyViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("body");
                    assertThat(violation.messageKey()).isEqualTo("savedreplies.error.unknown-placeholder");
                    assertThat(violation.messageArguments()).containsExactly("{{client.nom}}");
                });
    }

    @Test
    void aReplyIsFilledFromTheRequestAndThePersonUsingIt() {
        SavedReply reply = replies.create(
                as(world.lead),
                draft(
                        "Tout",
                        "{{customer.name}}|{{request.reference}}|{{request.subject}}|{{owner.name}}|{{agent.name}}"
                                + "|{{requester.name}}",
                        Language.FR,
                        SavedReplyScope.TEAM));

        RenderedReply rendered = replies.render(as(world.member), reply.getId(), world.request.getReference());

        assertThat(rendered.text())
                .isEqualTo(world.organisation.getName() + "|" + world.request.getReference() + "|Fuite sous l'évier|"
                        + world.member.getDisplayName() + "|" + world.member.getDisplayName() + "|Paul Durand");
        assertThatThrownBy(() -> replies.render(as(world.otherTeamMember), reply.getId(), world.request.getReference()))
                .as("another team does not use this team's reply")
                .isInstanceOf(UnknownSavedReply.class);
    }

    @Test
    void thePickerOffersTheCustomersLanguageFirst() {
        SavedReply english =
                replies.create(as(world.member), draft("A English", "Hello", Language.EN, SavedReplyScope.PERSONAL));
        SavedReply french =
                replies.create(as(world.member), draft("Z Français", "Bonjour", Language.FR, SavedReplyScope.PERSONAL));

        assertThat(replies.forRequest(as(world.member), world.request.getReference()))
                .as("the request's customer reads French (no contact says otherwise)")
                .extracting(SavedReply::getId)
                .containsSubsequence(french.getId(), english.getId());
    }

    @Test
    void theManagementPageRefusesAnUnknownPlaceholderNextToTheTextAndKeepsWhatWasTyped() {
        HttpSession lead = new HttpSession(port);
        lead.login(world.lead.getUsername(), PASSWORD);
        assertThat(lead.get("/desk/saved-replies").body()).contains("{{customer.name}}", "{{owner.name}}");
        lead.get("/desk/saved-replies/new");

        HttpResponse<String> refused = lead.post(
                "/desk/saved-replies",
                "title",
                "Mon titre tapé",
                "body",
                "Bonjour {{client}}, voici la suite tapée",
                "language",
                "FR",
                "scope",
                "TEAM",
                "version",
                "0");

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page)
                .contains("Variable inconnue : {{client}}")
                .contains("Mon titre tapé")
                .contains("Bonjour {{client}}, voici la suite tapée");

        HttpResponse<String> saved = lead.post(
                "/desk/saved-replies",
                "title",
                "Mon titre tapé",
                "body",
                "Bonjour {{customer.name}}",
                "language",
                "FR",
                "scope",
                "TEAM",
                "version",
                "0");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(replies.usableBy(as(world.member)))
                .extracting(SavedReply::getTitle)
                .contains("Mon titre tapé");
    }

    @Test
    void theManagementPageSaysWhenSomeoneChangedTheReplyMeanwhile() {
        SavedReply reply =
                replies.create(as(world.lead), draft("Partagée", "Texte", Language.FR, SavedReplyScope.TEAM));
        replies.change(
                as(world.admin), reply.getId(), reply.getVersion(), draft("Par l'admin", "Texte", Language.FR, null));
        HttpSession lead = new HttpSession(port);
        lead.login(world.lead.getUsername(), PASSWORD);
        lead.get("/desk/saved-replies/" + reply.getId());

        HttpResponse<String> stale = lead.post(
                "/desk/saved-replies/" + reply.getId(),
                "title",
                "Ma version",
                "body",
                "Mon texte",
                "language",
                "FR",
                "version",
                String.valueOf(reply.getVersion()));

        assertThat(HtmlUtils.htmlUnescape(stale.body()))
                .contains("Quelqu’un d’autre a modifié cette réponse type")
                .contains("Mon texte");
        assertThat(replies.get(as(world.lead), reply.getId()).getTitle()).isEqualTo("Par l'admin");
    }

    @Test
    void aMemberSeesTheTeamsReplyButNoFormToChangeIt() {
        SavedReply reply = replies.create(
                as(world.lead), draft("Équipe seule", "Texte d'équipe", Language.FR, SavedReplyScope.TEAM));
        HttpSession member = new HttpSession(port);
        member.login(world.member.getUsername(), PASSWORD);

        String page = HtmlUtils.htmlUnescape(
                member.get("/desk/saved-replies/" + reply.getId()).body());
        assertThat(page)
                .contains("Texte d'équipe")
                .contains("seuls le chef d’équipe")
                .doesNotContain("name=\"title\"");
        member.get("/desk/saved-replies");
        HttpResponse<String> refused = member.post(
                "/desk/saved-replies/" + reply.getId(),
                "title",
                "Pris",
                "body",
                "Pris",
                "language",
                "FR",
                "version",
                "0");
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("Seuls le chef de l’équipe");
        assertThat(replies.get(as(world.lead), reply.getId()).getTitle()).isEqualTo("Équipe seule");
    }

    @Test
    void thePickerInsertsTheFilledTextAndWorksWithoutScript() {
        SavedReply reply = replies.create(
                as(world.lead),
                draft(
                        "Accusé",
                        "Bonjour {{requester.name}}, dossier {{request.reference}}.",
                        Language.FR,
                        SavedReplyScope.TEAM));
        String ref = world.request.getReference();
        HttpSession member = new HttpSession(port);
        member.login(world.member.getUsername(), PASSWORD);

        HttpResponse<String> text = member.get("/desk/requests/" + ref + "/saved-replies/" + reply.getId());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(text.body()).isEqualTo("Bonjour Paul Durand, dossier " + ref + ".");

        String fallback =
                HtmlUtils.htmlUnescape(member.get("/desk/requests/" + ref + "/saved-replies?reply=" + reply.getId())
                        .body());
        assertThat(fallback)
                .as("without script: the picker, and the filled text to copy in the composer's place")
                .contains("class=\"saved-replies-picker\"")
                .contains("data-rendered-url=\"/desk/requests/" + ref + "/saved-replies/\"")
                .contains("<option value=\"" + reply.getId() + "\">Accusé</option>")
                .contains("id=\"composer-body\"")
                .contains("Bonjour Paul Durand, dossier " + ref + ".")
                .contains("/js/saved-replies.js");

        member.get("/desk/requests/" + ref);
        String inserted = HtmlUtils.htmlUnescape(member.post(
                        "/desk/requests/" + ref + "/saved-replies",
                        "reply",
                        String.valueOf(reply.getId()),
                        "act",
                        "REPLY",
                        "body",
                        "Mon brouillon déjà écrit")
                .body());
        assertThat(inserted)
                .as("without script, in the composer: the draft kept and the reply added after it, the act kept")
                .containsPattern("<textarea id=\"composer-body\"[^>]*>Mon brouillon déjà écrit\n\nBonjour Paul Durand,"
                        + " dossier " + ref + "\\.</textarea>")
                .containsPattern("value=\"REPLY\"[^>]*checked");

        HttpSession other = new HttpSession(port);
        other.login(world.otherTeamMember.getUsername(), PASSWORD);
        assertThat(other.get("/desk/requests/" + ref + "/saved-replies/" + reply.getId())
                        .statusCode())
                .as("another team's member does not use this team's reply")
                .isEqualTo(404);
    }
}
