package fr.guichet.quotes.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.quotes.QuoteStatus;
import fr.guichet.quotes.UnknownQuote;
import fr.guichet.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
 * The customer's quotes in the portal: those sent to their organisation (any other is unknown: 404), each with the PDF
 * they were sent, accepted online ("bon pour accord": who signs and as what, the time and address kept with the hashes
 * of the PDF and terms) or declined with a reason; once accepted, the acceptance certificate.
 */
@Controller
@RequestMapping("/portal/quotes")
class PortalQuoteController {

    private final QuoteManagement quotes;

    PortalQuoteController(QuoteManagement quotes) {
        this.quotes = quotes;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal customer, Model model) {
        Long organisation = customer.getCustomerOrganisationId();
        model.addAttribute("quotes", organisation == null ? java.util.List.of() : quotes.sentTo(organisation, 200));
        model.addAttribute("today", quotes.today());
        return "quotes/portal-list";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Model model) {
        return page(model, own(customer, id));
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id) {
        Quote quote = own(customer, id);
        int revision = lastSent(quote);
        byte[] content = quotes.document(id, revision, false).orElseThrow(() -> new UnknownQuote(String.valueOf(id)));
        return QuotePages.pdf(content, quote.getReference() + ".pdf");
    }

    @GetMapping("/{id}/certificate")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id) {
        Quote quote = own(customer, id);
        byte[] content =
                quotes.document(id, quote.getRevision(), true).orElseThrow(() -> new UnknownQuote(id + "/certificate"));
        return QuotePages.pdf(content, quote.getReference() + "-bon-pour-accord.pdf");
    }

    /** The "bon pour accord" form: what is accepted (the PDF, the terms), the name and role of who signs. */
    @GetMapping("/{id}/accept")
    String acceptForm(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable long id, Model model) {
        Quote quote = own(customer, id);
        if (!quote.statusOn(quotes.today()).isAwaitingAnswer()) {
            return "redirect:/portal/quotes/" + id;
        }
        model.addAttribute("signerName", customer.getDisplayName());
        model.addAttribute("signerRole", "");
        return acceptPage(model, quote);
    }

    @PostMapping("/{id}/accept")
    String accept(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "") String signerRole,
            @RequestParam(defaultValue = "false") boolean agree,
            HttpServletRequest http,
            Model model,
            RedirectAttributes redirect) {
        Quote quote = own(customer, id);
        QuoteStatus now = quote.statusOn(quotes.today());
        if (now == QuoteStatus.EXPIRED) {
            model.addAttribute("errorField", "status");
            model.addAttribute("errorKey", "quotes.error.expired");
            return page(model, quote);
        }
        if (!now.isAwaitingAnswer()) {
            return "redirect:/portal/quotes/" + id; // being revised or answered: nothing to sign here
        }
        model.addAttribute("signerName", signerName);
        model.addAttribute("signerRole", signerRole);
        if (!agree) {
            model.addAttribute("errorField", "agree");
            model.addAttribute("errorKey", "quotes.error.agree");
            return acceptPage(model, quote);
        }
        try {
            quotes.accept(
                    id, version, customer.getCustomerOrganisationId(), signerName, signerRole, http.getRemoteAddr());
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", violation.field());
            model.addAttribute("errorKey", violation.messageKey());
            return "status".equals(violation.field()) ? page(model, quote) : acceptPage(model, quote);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("errorField", "status");
            model.addAttribute("errorKey", "quotes.error.changed");
            return page(model, quotes.get(id));
        }
        redirect.addFlashAttribute("flash", "quotes.flash.accepted");
        redirect.addFlashAttribute("flashArg", quote.getReference());
        return "redirect:/portal/quotes/" + id;
    }

    @PostMapping("/{id}/decline")
    String decline(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        Quote quote = own(customer, id);
        try {
            quotes.decline(id, version, customer.getCustomerOrganisationId(), reason);
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", violation.field());
            model.addAttribute("errorKey", violation.messageKey());
            model.addAttribute("reason", reason);
            return page(model, quote);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("errorField", "status");
            model.addAttribute("errorKey", "quotes.error.changed");
            model.addAttribute("reason", reason);
            return page(model, quotes.get(id));
        }
        redirect.addFlashAttribute("flash", "quotes.flash.declined");
        redirect.addFlashAttribute("flashArg", quote.getReference());
        return "redirect:/portal/quotes/" + id;
    }

    /** The quote as the customer last received it: while staff revise it, the revision sent before. */
    private String page(Model model, Quote quote) {
        int sent = lastSent(quote);
        java.util.Optional<fr.guichet.quotes.QuoteSnapshot> asSent =
                sent == quote.getRevision() ? java.util.Optional.empty() : quotes.revision(quote.getId(), sent);
        java.util.List<fr.guichet.quotes.QuoteLine> lines = sent == quote.getRevision()
                ? quote.getLines()
                : asSent.map(fr.guichet.quotes.QuoteSnapshot::lines).orElse(java.util.List.of());
        model.addAttribute("quote", quote);
        model.addAttribute(
                "notes",
                sent == quote.getRevision()
                        ? quote.getNotes()
                        : asSent.map(fr.guichet.quotes.QuoteSnapshot::notes).orElse(null));
        model.addAttribute("status", quote.statusOn(quotes.today()));
        model.addAttribute("lines", lines);
        model.addAttribute("totals", fr.guichet.quotes.QuoteTotals.of(lines));
        model.addAttribute("sentRevision", sent);
        model.addAttribute(
                "hasCertificate",
                quotes.document(quote.getId(), quote.getRevision(), true).isPresent());
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
        }
        return "quotes/portal-quote";
    }

    private String acceptPage(Model model, Quote current) {
        Quote quote = quotes.asCustomerSeesIt(current); // never a revision staff are still preparing
        model.addAttribute("quote", quote);
        model.addAttribute("lines", quote.getLines());
        model.addAttribute("totals", quote.totals());
        return "quotes/portal-accept";
    }

    /** The revision the customer last received: the current one once sent, else the one before (being changed). */
    private int lastSent(Quote quote) {
        int revision = quote.getRevision();
        while (revision > 1 && quotes.document(quote.getId(), revision, false).isEmpty()) {
            revision--;
        }
        return revision;
    }

    private Quote own(AccountPrincipal customer, long id) {
        return quotes.ownedBy(id, customer.getCustomerOrganisationId());
    }
}
