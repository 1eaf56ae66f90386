package fr.guichet.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A site page's rules without Spring: what a draft needs, how it is published, scheduled, restored and deleted. */
class SitePageTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void slugsAreLowerCaseWordsJoinedByHyphensMadeFromTheTitleWhenEmpty() {
        assertThat(Slugs.valid("a-propos")).isTrue();
        assertThat(Slugs.valid("cgv-2026")).isTrue();
        assertThat(Slugs.valid("À-propos")).isFalse();
        assertThat(Slugs.valid("a--propos")).isFalse();
        assertThat(Slugs.valid("-a")).isFalse();
        assertThat(Slugs.valid("a propos")).isFalse();
        assertThat(Slugs.valid("../admin")).isFalse();
        assertThat(Slugs.valid("a".repeat(81))).isFalse();
        assertThat(Slugs.fromTitle("À propos de nous !")).isEqualTo("a-propos-de-nous");
        assertThat(Slugs.fromTitle("Œuvres & cœur")).isEqualTo("oeuvres-coeur");
        assertThat(Slugs.fromTitle("???")).isEmpty();
    }

    @Test
    void aDraftNeedsATitleInEachWrittenLanguageAndAtLeastOneLanguage() {
        assertThatThrownBy(() -> SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "", "x", "Corps"))))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(SitePageRuleViolation.Problem::field)
                                .containsExactly("titleFr"));
        assertThatThrownBy(() -> SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "", null, ""))))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("website.error.noLanguage"));
        assertThatThrownBy(() -> SitePage.draft(
                        PageKind.PAGE,
                        120,
                        List.of(text(Language.FR, "Titre", "Pas Valide", "x"), text(Language.EN, "", null, "Body"))))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(SitePageRuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("menuPosition", "slugFr", "titleEn"));
        SitePage onlyFrench = SitePage.draft(
                PageKind.PAGE,
                2,
                List.of(text(Language.FR, "À propos", "a-propos", "x"), text(Language.EN, "", "", "")));
        assertThat(onlyFrench.texts()).extracting(PageText::language).containsExactly(Language.FR);
    }

    @Test
    void theHomePageHasNoSlugOfItsOwn() {
        SitePage home = SitePage.draft(PageKind.HOME, null, List.of(text(Language.FR, "Accueil", "accueil", "x")));
        assertThat(home.text(Language.FR).orElseThrow().slug()).isNull();
    }

    @Test
    void publishingMakesTheNextVersionAndEditingAPublishedPageLeavesChangesToPublish() {
        SitePage page = SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "Titre", "titre", "v1")));
        assertThat(page.isPublished()).isFalse();
        assertThat(page.publish(NOW)).isEqualTo(1);
        assertThat(page.isPublished()).isTrue();
        assertThat(page.isDraftChanged()).isFalse();
        page.edit(null, List.of(text(Language.FR, "Titre", "titre", "v2")));
        assertThat(page.isDraftChanged()).isTrue();
        assertThat(page.publish(NOW.plusSeconds(60))).isEqualTo(2);
        assertThat(page.getPublishedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aPublicationIsScheduledOnlyForLaterAndIsDueThen() {
        SitePage page = SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "Titre", "titre", "v1")));
        assertThatThrownBy(() -> page.schedule(NOW.minusSeconds(1), NOW))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class, v -> assertThat(v.field()).isEqualTo("publishAt"));
        page.schedule(NOW.plus(Duration.ofHours(2)), NOW);
        assertThat(page.due(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThat(page.due(NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(page.isPublished()).as("not before its time").isFalse();
        page.publish(NOW.plus(Duration.ofHours(2)));
        assertThat(page.getPublishAt()).isNull();
    }

    @Test
    void onlyAPublishedPageIsUnpublishedAndRestoringAVersionMakesItTheDraft() {
        SitePage page = SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "Titre", "titre", "v1")));
        assertThatThrownBy(page::unpublish).isInstanceOf(SitePageRuleViolation.class);
        page.publish(NOW);
        page.edit(null, List.of(text(Language.FR, "Autre", "titre", "v2")));
        page.restore(List.of(text(Language.FR, "Titre", "titre", "v1")));
        assertThat(page.text(Language.FR).orElseThrow().bodyMarkdown()).isEqualTo("v1");
        assertThat(page.isDraftChanged()).isTrue();
        page.unpublish();
        assertThat(page.isPublished()).isFalse();
    }

    @Test
    void fixedPlacesAreNeverDeletedAndAPageInTheMenuOnlyOnceConfirmed() {
        SitePage legal =
                SitePage.draft(PageKind.LEGAL_NOTICE, null, List.of(text(Language.FR, "Mentions", "mentions", "x")));
        assertThatThrownBy(() -> legal.checkDeletable(true))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("website.error.fixedPlace"));
        SitePage inMenu = SitePage.draft(PageKind.PAGE, 3, List.of(text(Language.FR, "Équipe", "equipe", "x")));
        assertThatThrownBy(() -> inMenu.checkDeletable(false)).isInstanceOf(SitePage.PageInMenu.class);
        inMenu.checkDeletable(true);
        SitePage.draft(PageKind.PAGE, null, List.of(text(Language.FR, "Hors menu", "hors-menu", "x")))
                .checkDeletable(false);
    }

    @Test
    void theBodyIsMadeSafeOnSave() {
        PageText text = PageText.written(
                Language.FR,
                "Titre",
                "titre",
                "<script>alert(1)</script>\n\n[lien](javascript:alert(2))\n\n<img src=x onerror=alert(3)>",
                "",
                "");
        assertThat(text.bodyHtml())
                .doesNotContain("<script", "href=\"javascript", "onerror")
                .contains("lien");
    }

    private static PageText text(Language language, String title, String slug, String body) {
        return PageText.written(language, title, slug, body, "", "");
    }

    @Test
    void aTextTooLongOnceFormattedIsRefusedOnItsField() {
        PageText list = PageText.written(fr.guichet.shared.Language.FR, "Liste", null, "- a\n".repeat(14_000), "", "");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SitePage.draft(PageKind.PAGE, null, java.util.List.of(list)))
                .isInstanceOfSatisfying(
                        SitePageRuleViolation.class,
                        violation -> org.assertj.core.api.Assertions.assertThat(violation.problems())
                                .extracting(SitePageRuleViolation.Problem::field)
                                .contains("bodyFr"));
    }
}
