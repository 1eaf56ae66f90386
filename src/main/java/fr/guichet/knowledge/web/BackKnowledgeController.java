package fr.guichet.knowledge.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.ArticleAudience;
import fr.guichet.knowledge.ArticleContent;
import fr.guichet.knowledge.ArticleDraft;
import fr.guichet.knowledge.ArticleDrafts;
import fr.guichet.knowledge.ArticleFilter;
import fr.guichet.knowledge.ArticleStatus;
import fr.guichet.knowledge.KnowledgeActRefused;
import fr.guichet.knowledge.KnowledgeArticle;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.knowledge.KnowledgePublishingPolicy;
import fr.guichet.knowledge.KnowledgeRuleViolation;
import fr.guichet.knowledge.KnowledgeViews;
import fr.guichet.shared.Language;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base in the back office: the articles' list (filters, counts, pages), an article as staff read it
 * (internal ones too, drafts as readers will see them), the editor (French and English side by side), publish and
 * archive.
 */
@Controller
@RequestMapping("/back/knowledge")
class BackKnowledgeController {

    static final int PAGE_SIZE = 25;

    private final KnowledgeManagement knowledge;
    private final KnowledgeViews views;
    private final ArticleDrafts drafts;

    BackKnowledgeController(KnowledgeManagement knowledge, KnowledgeViews views, ArticleDrafts drafts) {
        this.knowledge = knowledge;
        this.views = views;
        this.drafts = drafts;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable ArticleStatus status,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(required = false) @Nullable ArticleAudience audience,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model) {
        Language lang = language == null || language.isBlank() ? null : Language.ofCode(language);
        String text = q == null || q.isBlank() ? null : q.strip();
        ArticleFilter filter = new ArticleFilter(status, category, audience, lang, text);
        model.addAttribute("filter", filter);
        model.addAttribute("languageCode", lang == null ? "" : lang.code());
        model.addAttribute("articles", views.list(filter, page, PAGE_SIZE, locale));
        model.addAttribute("categories", knowledge.categories());
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("audiences", ArticleAudience.values());
        model.addAttribute("mayPublish", KnowledgePublishingPolicy.mayPublish(user));
        return "knowledge/back-list";
    }

    /**
     * A blank editor, or one pre-filled from a resolved request ({@code ?fromRequest=}): its question and public
     * answers become the draft's body, its reference the article's source.
     */
    @GetMapping("/new")
    String blank(
            @RequestParam(required = false) @Nullable String fromRequest,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model) {
        if (!model.containsAttribute("form")) {
            Optional<ArticleDraft> draft = fromRequest == null || fromRequest.isBlank()
                    ? Optional.empty()
                    : draftFromRequest(fromRequest.strip(), user);
            model.addAttribute("form", draft.map(ArticleForm::of).orElseGet(ArticleForm::blank));
        }
        return editor(model, null, locale, user);
    }

    /**
     * The draft written from a resolved request: its question and the staff's public answers (the request's access
     * rules apply: a request this user may not see is not found).
     */
    private Optional<ArticleDraft> draftFromRequest(String reference, AccountPrincipal user) {
        return Optional.of(drafts.fromRequest(reference, user));
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean publishNow,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        checkLanguages(form, errors);
        if (!errors.hasErrors()) {
            try {
                KnowledgeArticle article = knowledge.write(form.content(), user);
                return saved(redirect, article, locale, publishNow, user);
            } catch (KnowledgeRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (KnowledgeActRefused refused) {
                errors.reject(refused.messageKey());
            }
        }
        return editor(model, null, locale, user);
    }

    /** The article as staff read it: each language rendered as readers get it, its state, votes and actions. */
    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale, Model model) {
        KnowledgeArticle article = knowledge.get(id);
        model.addAttribute("article", article);
        model.addAttribute("articleTitle", article.translationFor(locale).title());
        model.addAttribute("translations", article.translationsByLanguage());
        model.addAttribute("related", views.rowsOf(article.relatedIds(), locale));
        model.addAttribute(
                "category", article.getCategoryId() == null ? null : knowledge.category(article.getCategoryId()));
        model.addAttribute("mayChange", KnowledgePublishingPolicy.mayChange(user, article));
        model.addAttribute("mayPublish", KnowledgePublishingPolicy.mayPublish(user));
        return "knowledge/back-article";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Locale locale, Model model) {
        KnowledgeArticle article = knowledge.get(id);
        KnowledgePublishingPolicy.requireChange(user, article);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ArticleForm.of(article));
        }
        return editor(model, article, locale, user);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean publishNow,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        KnowledgeArticle current = knowledge.get(id);
        checkLanguages(form, errors);
        if (!errors.hasErrors()) {
            try {
                KnowledgeArticle article = knowledge.change(id, form.version(), form.content(), user);
                return saved(redirect, article, locale, publishNow, user);
            } catch (KnowledgeRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (KnowledgeActRefused refused) {
                errors.reject(refused.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return editor(model, current, locale, user);
    }

    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, redirect, locale, "knowledge.published", () -> knowledge.publish(id, version, user));
    }

    @PostMapping("/{id}/archive")
    String archive(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            RedirectAttributes redirect) {
        return act(id, redirect, locale, "knowledge.archived", () -> knowledge.archive(id, version, user));
    }

    private String act(
            long id,
            RedirectAttributes redirect,
            Locale locale,
            String done,
            java.util.function.Supplier<KnowledgeArticle> action) {
        try {
            KnowledgeArticle article = action.get();
            redirect.addFlashAttribute("flash", done);
            redirect.addFlashAttribute(
                    "flashArg", article.translationFor(locale).title());
        } catch (KnowledgeActRefused refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("error", "admin.error.conflict");
        }
        return "redirect:/back/knowledge/" + id;
    }

    /** Every missing title or text at once, next to its field (the article's own rule, {@link ArticleContent#problems}). */
    private static void checkLanguages(ArticleForm form, BindingResult errors) {
        form.content().problems().forEach(problem -> {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
        });
    }

    /**
     * After a save, the article's page; "save and publish" (a publisher's button) publishes the saved draft at once —
     * a refusal (no category) is told on the article's page, the text being saved.
     */
    private String saved(
            RedirectAttributes redirect,
            KnowledgeArticle article,
            Locale locale,
            boolean publishNow,
            AccountPrincipal user) {
        String done = "knowledge.saved";
        if (publishNow
                && article.getStatus() != ArticleStatus.PUBLISHED
                && KnowledgePublishingPolicy.mayPublish(user)) {
            try {
                article = knowledge.publish(article.getId(), article.getVersion(), user);
                done = "knowledge.published";
            } catch (KnowledgeActRefused refused) {
                redirect.addFlashAttribute("error", refused.messageKey());
            }
        }
        redirect.addFlashAttribute("flash", done);
        redirect.addFlashAttribute("flashArg", article.translationFor(locale).title());
        return "redirect:/back/knowledge/" + article.getId();
    }

    private String editor(Model model, @Nullable KnowledgeArticle article, Locale locale, AccountPrincipal user) {
        model.addAttribute("article", article);
        model.addAttribute("categories", knowledge.categories());
        model.addAttribute("audiences", ArticleAudience.values());
        model.addAttribute("choices", views.relatedChoices(article == null ? null : article.getId(), locale));
        model.addAttribute("mayPublish", KnowledgePublishingPolicy.mayPublish(user));
        return "knowledge/back-editor";
    }
}
