package fr.guichet.billing.sepa.web;

import fr.guichet.billing.sepa.Mandate;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.billing.sepa.MandateStatus;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's SEPA mandates in the portal ({@code /portal/mandates}): each with its text, status and how it was
 * signed; one waiting for their signature is signed here (their name, the time, their address and the text's hash
 * are kept). Another organisation's mandate is not found (404).
 */
@Controller
@RequestMapping("/portal/mandates")
class PortalMandateController {

    private final MandateManagement mandates;

    PortalMandateController(MandateManagement mandates) {
        this.mandates = mandates;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal customer, Model model) {
        Long organisation = customer.getCustomerOrganisationId();
        model.addAttribute("mandates", organisation == null ? List.of() : mandates.ofOrganisation(organisation));
        return "billing/sepa/portal-mandates";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Locale locale, Model model) {
        Mandate mandate = mandates.ownedBy(id, customer.getCustomerOrganisationId());
        model.addAttribute("mandate", mandate);
        model.addAttribute("text", mandates.textOf(mandate, locale));
        if (!model.containsAttribute("signerName")) {
            model.addAttribute("signerName", customer.getDisplayName());
        }
        return "billing/sepa/portal-mandate";
    }

    @PostMapping("/{id}/sign")
    String sign(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "false") boolean agree,
            HttpServletRequest http,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Mandate mandate = mandates.ownedBy(id, customer.getCustomerOrganisationId());
        if (mandate.status() != MandateStatus.AWAITING_SIGNATURE) {
            return "redirect:/portal/mandates/" + id;
        }
        model.addAttribute("signerName", signerName);
        if (!agree) {
            model.addAttribute("errorField", "agree");
            model.addAttribute("errorKey", "billing.sepa.error.agree");
            return show(customer, id, locale, model);
        }
        try {
            mandates.signOnline(id, customer.getCustomerOrganisationId(), signerName, http.getRemoteAddr(), locale);
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", violation.field());
            model.addAttribute("errorKey", violation.messageKey());
            model.addAttribute("errorArgs", violation.messageArguments());
            return show(customer, id, locale, model);
        }
        redirect.addFlashAttribute("flash", "billing.sepa.portal.signed");
        redirect.addFlashAttribute("flashArg", mandate.reference());
        return "redirect:/portal/mandates/" + id;
    }
}
