package fr.guichet.quotes.web;

import fr.guichet.billing.InvoiceKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.quotes.QuoteConversion;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Billing's actions on a quote: recording an acceptance the customer gave outside the portal (a signed paper), the
 * proof naming who recorded it; and, once accepted, the contract of its recurring lines and/or the invoice or deposit
 * invoice of its one-off lines, made together (all or nothing).
 */
@Controller
class BillingQuoteController {

    private final QuoteConversion conversion;
    private final QuoteManagement quotes;
    private final QuotePages pages;

    BillingQuoteController(QuoteConversion conversion, QuoteManagement quotes, QuotePages pages) {
        this.conversion = conversion;
        this.quotes = quotes;
        this.pages = pages;
    }

    /** The "bon pour accord" received elsewhere, recorded on the customer's behalf from the address of whoever records. */
    @PostMapping("/back/billing/quotes/{id}/accept")
    String acceptOnBehalf(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerRole,
            HttpServletRequest http,
            Model model,
            RedirectAttributes redirect) {
        QuotePages.Zone zone = new QuotePages.Zone("/back/billing/quotes", "zones/layout/back", "back");
        try {
            quotes.acceptOnBehalf(id, version, signerName, signerRole, http.getRemoteAddr(), user);
            redirect.addFlashAttribute("flash", "quotes.flash.recorded");
            redirect.addFlashAttribute("flashArg", quotes.get(id).getReference());
            return "redirect:/back/billing/quotes/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", violation.field());
            model.addAttribute("errorKey", violation.messageKey());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("errorField", "status");
            model.addAttribute("errorKey", "quotes.error.changed");
        }
        model.addAttribute("signerName", signerName);
        model.addAttribute("signerRole", signerRole);
        return pages.quote(model, zone, quotes.get(id));
    }

    @PostMapping("/back/billing/quotes/{id}/convert")
    String convert(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean contract,
            @RequestParam(defaultValue = "") String invoice,
            @RequestParam(defaultValue = "30") int depositPercent,
            Model model,
            RedirectAttributes redirect) {
        QuotePages.Zone zone = new QuotePages.Zone("/back/billing/quotes", "zones/layout/back", "back");
        try {
            InvoiceKind kind = switch (invoice) {
                case "INVOICE" -> InvoiceKind.INVOICE;
                case "DEPOSIT" -> InvoiceKind.DEPOSIT;
                default -> null;
            };
            QuoteConversion.Made made = conversion.convert(
                    id, version, new QuoteConversion.Order(contract, kind, depositPercent), user.getDisplayName());
            redirect.addFlashAttribute("flash", "quotes.flash.converted");
            redirect.addFlashAttribute("flashArg", made.quote().getReference());
            return "redirect:/back/billing/quotes/" + id;
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", "convert");
            model.addAttribute("errorKey", violation.messageKey());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("errorField", "convert");
            model.addAttribute("errorKey", "quotes.error.changed");
        }
        return pages.quote(model, zone, quotes.get(id));
    }
}
