package fr.guichet.website.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.Language;
import fr.guichet.website.MediaFile;
import fr.guichet.website.MediaLibrary;
import fr.guichet.website.NewsRuleViolation;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the back office (webmaster, administrator): upload, the images with their thumbnails and
 * Markdown snippets, what each shows (alternative texts), where each is used, deletion of an unused one; and the
 * picker the page and news editors open to insert an image (an htmx fragment; a page of its own without JavaScript).
 */
@Controller
@RequestMapping("/back/website/media")
class BackMediaController {

    private static final int PAGE = 24;
    private static final int PICKER = 12;

    private final MediaLibrary media;

    BackMediaController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long before,
            Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MediaUploadForm.blank());
        }
        return listPage(q, before, model);
    }

    @PostMapping
    String upload(
            @Valid @ModelAttribute("form") MediaUploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (form.file() == null || form.file().isEmpty()) {
            errors.rejectValue("file", "media.error.none");
        }
        if (!errors.hasErrors()) {
            try {
                MediaFile file = media.upload(
                        form.file().getOriginalFilename(),
                        form.file().getBytes(),
                        form.altFr(),
                        form.altEn(),
                        user.getDisplayName());
                redirect.addFlashAttribute("flash", "media.flash.uploaded");
                redirect.addFlashAttribute("flashArg", file.filename());
                return "redirect:/back/website/media/" + file.id();
            } catch (NewsRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listPage(null, null, model);
    }

    @GetMapping("/{id}")
    String file(@PathVariable long id, Model model) {
        MediaFile file = media.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", MediaAltForm.of(file));
        }
        return filePage(file, model);
    }

    @PostMapping("/{id}")
    String describe(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MediaAltForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MediaFile file = media.get(id);
        if (!errors.hasErrors()) {
            try {
                file = media.describe(id, form.version(), form.altFr(), form.altEn());
                redirect.addFlashAttribute("flash", "media.flash.saved");
                redirect.addFlashAttribute("flashArg", file.filename());
                return "redirect:/back/website/media/" + id;
            } catch (NewsRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("news.error.conflict");
            }
        }
        return filePage(file, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            MediaFile file = media.delete(id, version);
            redirect.addFlashAttribute("flash", "media.flash.deleted");
            redirect.addFlashAttribute("flashArg", file.filename());
            return "redirect:/back/website/media";
        } catch (NewsRuleViolation violation) {
            redirect.addFlashAttribute("errorKey", violation.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("errorKey", "news.error.conflict");
        }
        return "redirect:/back/website/media/" + id;
    }

    /**
     * The images an editor can insert: with htmx, a fragment (its buttons insert the snippet into the field
     * {@code target}); without, a page listing the snippets to copy. {@code altLang} chooses the language of the alternative texts (not {@code lang}, which switches the page's).
     */
    @GetMapping("/picker")
    String picker(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String altLang,
            @RequestParam(required = false) @Nullable String target,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        Language language = altLang == null || altLang.isBlank() ? Language.of(locale) : Language.ofCode(altLang);
        model.addAttribute("page", media.list(q, null, PICKER));
        model.addAttribute("q", q);
        model.addAttribute("pickerLanguage", language);
        model.addAttribute("target", target != null && target.matches("[A-Za-z][A-Za-z0-9_-]{0,40}") ? target : null);
        return "true".equals(htmx) ? "website/back-media-picker :: picker" : "website/back-media-picker";
    }

    private String listPage(@Nullable String q, @Nullable Long before, Model model) {
        model.addAttribute("page", media.list(q, before, PAGE));
        model.addAttribute("q", q);
        model.addAttribute("before", before);
        model.addAttribute("maxMegabytes", MediaLibrary.MAX_BYTES / (1024 * 1024));
        return "website/back-media-list";
    }

    private String filePage(MediaFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("uses", media.usesOf(file.id()));
        return "website/back-media";
    }
}
