package fr.guichet.website.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Language;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.NewsItem;
import fr.guichet.website.NewsManagement;
import fr.guichet.website.NewsRuleViolation;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
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
 * The site's news in the back office (webmaster, administrator): the list with each item's state, the editor (save as
 * a draft, or save and publish), publication now or at a later time, withdrawal, deletion, and a preview of the item
 * as visitors will see it.
 */
@Controller
@RequestMapping("/back/website/news")
class BackNewsController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int PAGE = 25;

    private final NewsManagement news;
    private final MediaLibrary media;

    BackNewsController(NewsManagement news, MediaLibrary media) {
        this.news = news;
        this.media = media;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long before, Model model) {
        model.addAttribute("page", news.all(before, PAGE));
        model.addAttribute("before", before);
        model.addAttribute("now", news.now());
        return "website/back-news-list";
    }

    @GetMapping("/new")
    String blank(Model model, Locale locale) {
        model.addAttribute("form", NewsForm.blank(Language.of(locale), LocalDate.now(PARIS)));
        return editor(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") NewsForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                NewsItem item = news.create(form.draft(), user.getDisplayName());
                if ("publish".equals(action)) {
                    item = news.publish(item.getId(), item.getVersion(), null, user.getDisplayName());
                }
                return saved(redirect, item, action);
            } catch (NewsRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
            }
        }
        return editor(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        NewsItem item = news.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NewsForm.of(item));
        }
        return editor(model, item);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NewsForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        NewsItem item = news.get(id);
        if (!errors.hasErrors()) {
            try {
                item = news.change(id, form.version(), form.draft(), user.getDisplayName());
                if ("publish".equals(action)) {
                    item = news.publish(id, item.getVersion(), null, user.getDisplayName());
                }
                return saved(redirect, item, action);
            } catch (NewsRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("news.error.conflict");
            }
        }
        return editor(model, item);
    }

    /** Publishes now, or at the date and time given (Paris time): scheduled. */
    @PostMapping("/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String publishAt,
            @AuthenticationPrincipal AccountPrincipal user,
            RedirectAttributes redirect) {
        Instant at;
        try {
            at = publishAt == null || publishAt.isBlank()
                    ? null
                    : LocalDateTime.parse(publishAt.strip()).atZone(PARIS).toInstant();
        } catch (DateTimeException e) {
            redirect.addFlashAttribute("errorKey", "news.error.publish-at");
            return "redirect:/back/website/news/" + id;
        }
        try {
            NewsItem item = news.publish(id, version, at, user.getDisplayName());
            redirect.addFlashAttribute(
                    "flash", item.isScheduledAt(news.now()) ? "news.flash.scheduled" : "news.flash.published");
            redirect.addFlashAttribute("flashArg", item.getTitle());
            return "redirect:/back/website/news";
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("errorKey", "news.error.conflict");
            return "redirect:/back/website/news/" + id;
        }
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            RedirectAttributes redirect) {
        try {
            NewsItem item = news.unpublish(id, version, user.getDisplayName());
            redirect.addFlashAttribute("flash", "news.flash.unpublished");
            redirect.addFlashAttribute("flashArg", item.getTitle());
            return "redirect:/back/website/news/" + id;
        } catch (NewsRuleViolation violation) {
            redirect.addFlashAttribute("errorKey", violation.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("errorKey", "news.error.conflict");
        }
        return "redirect:/back/website/news/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            NewsItem item = news.delete(id, version);
            redirect.addFlashAttribute("flash", "news.flash.deleted");
            redirect.addFlashAttribute("flashArg", item.getTitle());
            return "redirect:/back/website/news";
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("errorKey", "news.error.conflict");
            return "redirect:/back/website/news/" + id;
        }
    }

    /** The item as visitors will see it, drafts included, with a banner saying it is a preview. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        NewsItem item = news.get(id);
        model.addAttribute("item", item);
        model.addAttribute("preview", true);
        model.addAttribute("atomFeeds", PublicNewsController.feeds(item.getLanguage()));
        return "website/public-news";
    }

    private String editor(Model model, @Nullable NewsItem item) {
        model.addAttribute("item", item);
        model.addAttribute("languages", Language.values());
        model.addAttribute("now", news.now());
        model.addAttribute("media", media.list(null, null, 12));
        return "website/back-news-form";
    }

    private static String saved(RedirectAttributes redirect, NewsItem item, String action) {
        redirect.addFlashAttribute("flash", "publish".equals(action) ? "news.flash.published" : "news.flash.saved");
        redirect.addFlashAttribute("flashArg", item.getTitle());
        return "redirect:/back/website/news/" + item.getId();
    }
}
