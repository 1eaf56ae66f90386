package fr.guichet.requests.web;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.UnknownCatalogueItem;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Category;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer asks for an additional service from the public catalogue: it becomes a pre-sales request, which the
 * routing rules send to sales administration, followed like any other request.
 */
@Controller
class PortalServiceController {

    private final CatalogueManagement catalogue;
    private final RequestManagement requests;
    private final MessageSource messages;

    PortalServiceController(CatalogueManagement catalogue, RequestManagement requests, MessageSource messages) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping("/portal/services")
    String services(Model model) {
        model.addAttribute("items", catalogue.publicItems());
        return "requests/portal-services";
    }

    @PostMapping("/portal/services/{code}/ask")
    String ask(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable String code,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            RedirectAttributes redirect) {
        CatalogueItem item = catalogue
                .byCode(code)
                .filter(i -> i.isActive() && i.isPublicItem())
                .orElseThrow(() -> new UnknownCatalogueItem(code));
        String subject = messages.getMessage("portal.services.subject", new Object[] {item.name(locale)}, locale);
        String description = messages.getMessage(
                        "portal.services.description",
                        new Object[] {
                            item.name(locale),
                            item.getCode(),
                            item.getUnitPrice().format(locale)
                        },
                        locale)
                + (message.isBlank() ? "" : "\n\n" + message.strip());
        Request request = requests.submit(
                NewRequest.fromCustomer(subject, description, Category.PRE_SALES, customer),
                RequestPages.actor(customer));
        redirect.addFlashAttribute("flash", "requests.submitted");
        redirect.addFlashAttribute("flashArg", request.getReference());
        return "redirect:/portal/requests/" + request.getReference();
    }
}
