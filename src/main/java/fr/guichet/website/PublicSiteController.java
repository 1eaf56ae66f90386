package fr.guichet.website;

import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.company.CompanySettings;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Language;
import fr.guichet.shared.RequestFormTokens;
import fr.guichet.shared.web.CacheablePage;
import fr.guichet.zones.Seo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages fed by other modules: services (the catalogue), and the contact page, whose form creates a request. */
@Controller
class PublicSiteController {

    private final RequestManagement requests;
    private final ContactSubmissions submissions;
    private final CatalogueManagement catalogue;
    private final ObjectProvider<RequestFormTokens> formTokens;
    private final SiteContent site;
    private final CompanySettings company;

    PublicSiteController(
            RequestManagement requests,
            ContactSubmissions submissions,
            CatalogueManagement catalogue,
            ObjectProvider<RequestFormTokens> formTokens,
            SiteContent site,
            CompanySettings company) {
        this.requests = requests;
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.formTokens = formTokens;
        this.site = site;
        this.company = company;
    }

    /**
     * What the company offers: the introduction the webmaster wrote (the SERVICES page, in the reader's language),
     * then the catalogue's public items.
     */
    @GetMapping("/services")
    String services(Model model, Locale locale, HttpServletRequest request) {
        Language language = Language.of(locale);
        model.addAttribute("items", catalogue.publicItems());
        model.addAttribute(
                "intro",
                site.place(PageKind.SERVICES, language)
                        .flatMap(p -> p.text(language))
                        .orElse(null));
        model.addAttribute(
                "seo",
                Seo.of(
                        site.place(PageKind.SERVICES, language)
                                .flatMap(p -> p.text(language))
                                .map(PageText::description)
                                .orElse(null),
                        company.baseUrl() + "/services?lang=" + language.code(),
                        List.of(
                                new Seo.Alternate("fr", company.baseUrl() + "/services?lang=fr"),
                                new Seo.Alternate("en", company.baseUrl() + "/services?lang=en"))));
        CacheablePage.mark(request);
        return "website/services";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ContactForm.blank());
        }
        return contactPage(model);
    }

    @PostMapping("/contact")
    String submit(
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            HttpServletRequest http,
            Model model,
            RedirectAttributes redirect) {
        if (form.website() != null && !form.website().isBlank()) {
            // A robot filled the hidden field: it is told all went well, and nothing is created.
            redirect.addFlashAttribute("flash", "contact.received");
            return "redirect:/contact";
        }
        if (form.category() != null && form.category().isInternal()) {
            errors.rejectValue("category", "typeMismatch");
        }
        if (errors.hasErrors()) {
            return contactPage(model);
        }
        String address = http.getRemoteAddr();
        if (!submissions.allowed(address)) {
            model.addAttribute("rateLimited", true);
            return contactPage(model);
        }
        Request request = requests.submit(
                new NewRequest(
                        form.subject(),
                        form.message(),
                        form.category(),
                        Channel.WEB_FORM,
                        null,
                        null,
                        form.name().strip(),
                        form.email().strip(),
                        null),
                new Actor(null, form.name().strip()));
        submissions.record(address, request.getReference());
        String token = http.getParameter(RequestFormTokens.FIELD);
        formTokens.forEach(tokens -> tokens.submitted(token, request.getReference()));
        redirect.addFlashAttribute("flash", "contact.thanks");
        redirect.addFlashAttribute("flashArg", request.getReference());
        return "redirect:/contact";
    }

    private String contactPage(Model model) {
        model.addAttribute("categories", Category.customerCategories());
        // one address for both languages: each language's canonical one is what the sitemap lists
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute(
                "seo",
                Seo.of(
                        null,
                        company.baseUrl() + "/contact?lang=" + language.code(),
                        List.of(
                                new Seo.Alternate("fr", company.baseUrl() + "/contact?lang=fr"),
                                new Seo.Alternate("en", company.baseUrl() + "/contact?lang=en"))));
        return "website/contact";
    }
}
