package fr.guichet.website.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Language;
import fr.guichet.website.PageKind;
import fr.guichet.website.PageText;
import fr.guichet.website.SiteContent;
import fr.guichet.website.SitePage;
import fr.guichet.website.SitePageRuleViolation;
import fr.guichet.website.WebsiteManagement;
import fr.guichet.zones.PageLanguage;
import fr.guichet.zones.Seo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * The public site's pages in the back office (webmasters and administrators): the list with each page's status,
 * languages and menu place; the editor (French and English side by side, Markdown, SEO); preview exactly as visitors
 * will see it; publication now or at a later time; the published versions, each viewable and restorable as the draft;
 * unpublication and deletion.
 */
@Controller
@RequestMapping("/back/website")
class BackWebsiteController {

    /** The time zone the webmaster types a scheduled publication in. */
    static final ZoneId SITE_ZONE = ZoneId.of("Europe/Paris");

    private final WebsiteManagement website;
    private final SiteContent site;

    BackWebsiteController(WebsiteManagement website, SiteContent site) {
        this.website = website;
        this.site = site;
    }

    @GetMapping
    String list(Model model) {
        List<SitePage> pages = website.all();
        model.addAttribute("pages", pages);
        model.addAttribute(
                "missingPlaces",
                Arrays.stream(PageKind.values())
                        .filter(PageKind::fixedPlace)
                        .filter(kind -> pages.stream().noneMatch(p -> p.getKind() == kind))
                        .toList());
        return "website/back-pages";
    }

    @GetMapping("/pages/new")
    String blank(@RequestParam(defaultValue = "PAGE") PageKind kind, Model model) {
        model.addAttribute("form", PageForm.blank(kind));
        return editor(model, null);
    }

    @PostMapping("/pages")
    String create(
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (form.kind() == null) {
            errors.rejectValue("kind", "validation.required");
        }
        if (!errors.hasErrors()) {
            try {
                long id = website.create(form.kind(), form.menuPosition(), form.texts(), user.getUsername());
                return afterSave(id, 0, action, user, redirect, errors);
            } catch (SitePageRuleViolation violation) {
                reject(errors, violation);
            }
        }
        return editor(model, null);
    }

    @GetMapping("/pages/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", PageForm.of(website.get(id)));
        return editor(model, id);
    }

    @PostMapping("/pages/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PageForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        website.get(id);
        if (!errors.hasErrors()) {
            try {
                int version = website.change(id, form.version(), form.menuPosition(), form.texts(), user.getUsername());
                String next = afterSave(id, version, action, user, redirect, errors);
                if (next != null) {
                    return next;
                }
            } catch (SitePageRuleViolation violation) {
                reject(errors, violation);
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return editor(model, id);
    }

    /** After a save: back to the editor, to the preview, or published at once. */
    private String afterSave(
            long id,
            int version,
            String action,
            AccountPrincipal user,
            RedirectAttributes redirect,
            BindingResult errors) {
        switch (action) {
            case "preview" -> {
                return "redirect:/back/website/pages/" + id + "/preview";
            }
            case "publish" -> {
                try {
                    int number = website.publish(id, version, user.getUsername());
                    return done(redirect, "website.flash.published", number, id);
                } catch (SitePageRuleViolation violation) {
                    // saved as a draft, not published: say why on the editor
                    redirect.addFlashAttribute("flash", violation.messageKey());
                    return "redirect:/back/website/pages/" + id;
                }
            }
            default -> {
                return done(redirect, "website.flash.saved", null, id);
            }
        }
    }

    @GetMapping("/pages/{id}/preview")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            Model model) {
        SitePage page = website.get(id);
        Language shown = previewLanguage(page.texts(), language == null ? lang : language);
        PageText text = page.text(shown).orElseThrow();
        return preview(page, text, null, request, model);
    }

    @GetMapping("/pages/{id}/versions/{number}")
    String version(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            Model model) {
        SitePage page = website.get(id);
        List<PageText> texts = website.versionTexts(id, number);
        Language language = previewLanguage(texts, lang);
        PageText text =
                texts.stream().filter(t -> t.language() == language).findFirst().orElseThrow();
        return preview(page, text, number, request, model);
    }

    private String preview(SitePage page, PageText text, Integer number, HttpServletRequest request, Model model) {
        PageLanguage.use(request, text.language());
        model.addAttribute("seo", Seo.of(text.description(), null, List.of()).notIndexed());
        model.addAttribute("sitePage", page);
        model.addAttribute("previewNumber", number);
        String base = "/back/website/pages/" + page.getId() + (number == null ? "/preview" : "/versions/" + number);
        model.addAttribute("languageLinks", Map.of("fr", base, "en", base));
        return PublicPageController.show(model, text, page.getKind(), text.language(), true);
    }

    @PostMapping("/pages/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, () -> {
            int number = website.publish(id, version, user.getUsername());
            return done(redirect, "website.flash.published", number, id);
        });
    }

    @PostMapping("/pages/{id}/schedule")
    String schedule(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String publishAt,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(publishAt);
        } catch (DateTimeParseException wrong) {
            model.addAttribute("scheduleError", "website.error.scheduleDate");
            model.addAttribute("publishAt", publishAt);
            return editor(model, id, PageForm.of(website.get(id)));
        }
        return act(id, model, () -> {
            try {
                website.schedule(id, version, at.atZone(SITE_ZONE).toInstant(), user.getUsername());
            } catch (SitePageRuleViolation violation) {
                if (!"publishAt".equals(violation.field())) {
                    throw violation;
                }
                // the date's own rule (a moment to come): told on the date field, what was typed kept
                model.addAttribute("scheduleError", violation.messageKey());
                model.addAttribute("publishAt", publishAt);
                return editor(model, id, PageForm.of(website.get(id)));
            }
            return done(redirect, "website.flash.scheduled", null, id);
        });
    }

    @PostMapping("/pages/{id}/schedule/cancel")
    String cancelSchedule(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, () -> {
            website.cancelSchedule(id, version, user.getUsername());
            return done(redirect, "website.flash.scheduleCancelled", null, id);
        });
    }

    @PostMapping("/pages/{id}/unpublish")
    String unpublish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, () -> {
            website.unpublish(id, version, user.getUsername());
            return done(redirect, "website.flash.unpublished", null, id);
        });
    }

    @PostMapping("/pages/{id}/versions/{number}/restore")
    String restore(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return act(id, model, () -> {
            website.restore(id, version, number, user.getUsername());
            return done(redirect, "website.flash.restored", number, id);
        });
    }

    @PostMapping("/pages/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean outOfMenu,
            Model model,
            RedirectAttributes redirect) {
        SitePage page = website.get(id);
        try {
            website.delete(id, version, outOfMenu);
        } catch (SitePage.PageInMenu inMenu) {
            model.addAttribute("confirmDelete", true);
            return editor(model, id, PageForm.of(page));
        } catch (SitePageRuleViolation violation) {
            model.addAttribute("actionError", violation.messageKey());
            return editor(model, id, PageForm.of(page));
        } catch (OptimisticLockingFailureException conflict) {
            model.addAttribute("actionError", "admin.error.conflict");
            return editor(model, id, PageForm.of(page));
        }
        redirect.addFlashAttribute("flash", "website.flash.deleted");
        redirect.addFlashAttribute("flashArg", page.title(Language.FR));
        return "redirect:/back/website";
    }

    /** An act on the page: done, or the editor again with the reason next to the actions. */
    private String act(long id, Model model, java.util.function.Supplier<String> change) {
        try {
            return change.get();
        } catch (SitePageRuleViolation violation) {
            model.addAttribute("actionError", violation.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            model.addAttribute("actionError", "admin.error.conflict");
        }
        return editor(model, id, PageForm.of(website.get(id)));
    }

    private String editor(Model model, long id, PageForm form) {
        model.addAttribute("form", form);
        return editor(model, id);
    }

    private String editor(Model model, Long id) {
        model.addAttribute("pageId", id);
        if (id != null) {
            SitePage page = website.get(id);
            model.addAttribute("sitePage", page);
            model.addAttribute("versions", website.versions(id));
            model.addAttribute(
                    "liveLinks",
                    site.byId(id)
                            .map(p -> Arrays.stream(Language.values())
                                    .flatMap(l -> p.path(l).stream())
                                    .distinct()
                                    .toList())
                            .orElse(List.of()));
        }
        model.addAttribute(
                "kinds",
                Arrays.stream(PageKind.values())
                        .filter(k -> !k.fixedPlace() || website.idOfPlace(k).isEmpty())
                        .toList());
        model.addAttribute("languages", Language.values());
        return "website/back-page-form";
    }

    private static Language previewLanguage(List<PageText> texts, String lang) {
        Language wanted = lang == null ? Language.FR : Language.ofCode(lang);
        return texts.stream().anyMatch(t -> t.language() == wanted)
                ? wanted
                : texts.get(0).language();
    }

    private static void reject(BindingResult errors, SitePageRuleViolation violation) {
        for (SitePageRuleViolation.Problem problem : violation.problems()) {
            if (problem.field() == null) {
                errors.reject(problem.messageKey());
            } else {
                errors.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    private static String done(RedirectAttributes redirect, String key, Object argument, long id) {
        redirect.addFlashAttribute("flash", key);
        redirect.addFlashAttribute("flashArg", argument);
        return "redirect:/back/website/pages/" + id;
    }
}
