package fr.guichet.quotes.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.quotes.Quote;
import fr.guichet.quotes.QuoteList;
import fr.guichet.quotes.QuoteManagement;
import fr.guichet.quotes.QuoteRuleViolation;
import fr.guichet.quotes.QuoteStatus;
import fr.guichet.quotes.UnknownQuote;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Quotes for staff, the same pages in two zones: the front office's at {@code /desk/quotes} and sales administration
 * and billing's at {@code /back/billing/quotes}. The list (filters, keyset pages, totals, CSV), a new quote or one made
 * from a pre-sales request, a quote's page (heading, lines from the catalogue or free, sending, revisions sent, the
 * acceptance's proof) and its PDFs.
 */
@Controller
@RequestMapping({"/desk/quotes", "/back/billing/quotes"})
class StaffQuoteController {

    private final QuoteManagement quotes;
    private final QuoteList list;
    private final QuotePages pages;
    private final RequestManagement requests;
    private final MessageSource messages;

    StaffQuoteController(
            QuoteManagement quotes,
            QuoteList list,
            QuotePages pages,
            RequestManagement requests,
            MessageSource messages) {
        this.quotes = quotes;
        this.list = list;
        this.pages = pages;
        this.requests = requests;
        this.messages = messages;
    }

    @GetMapping
    String list(
            HttpServletRequest http,
            @RequestParam(required = false) QuoteStatus status,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long after,
            Model model) {
        QuoteList.Filter filter = new QuoteList.Filter(status, organisationId, from, to);
        QuoteList.Page page = list.page(filter, after, QuoteList.PAGE);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("after", after);
        model.addAttribute("statuses", QuoteStatus.values());
        model.addAttribute(
                "organisationNames",
                pages.names(
                        page.rows().stream().map(QuoteList.Row::organisationId).toList()));
        return pages.listPage(model, QuotePages.Zone.of(http));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) QuoteStatus status,
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale) {
        List<QuoteList.Row> rows = list.all(new QuoteList.Filter(status, organisationId, from, to), 100_000);
        var names = pages.names(rows.stream().map(QuoteList.Row::organisationId).toList());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(Stream.of(
                                "quotes.reference",
                                "quotes.customer",
                                "quotes.title",
                                "quotes.status",
                                "quotes.revision",
                                "quotes.created-on",
                                "quotes.valid-until",
                                "quotes.total-net",
                                "quotes.total-gross")
                        .map(key -> messages.getMessage(key, null, locale))))
                .append("\r\n");
        for (QuoteList.Row row : rows) {
            csv.append(line(Stream.of(
                            row.reference(),
                            names.getOrDefault(row.organisationId(), String.valueOf(row.organisationId())),
                            row.title(),
                            messages.getMessage("quotes.status." + row.status(), null, locale),
                            String.valueOf(row.revision()),
                            row.createdOn().toString(),
                            row.validUntil().toString(),
                            row.net().amount().toPlainString(),
                            row.gross().amount().toPlainString())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("devis.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/new")
    String blank(HttpServletRequest http, @RequestParam(required = false) Long organisationId, Model model) {
        model.addAttribute(
                "header", QuoteHeaderForm.blank(organisationId, quotes.today().plusDays(30)));
        return pages.blank(model, QuotePages.Zone.of(http));
    }

    @PostMapping
    String create(
            HttpServletRequest http,
            @AuthenticationPrincipal AccountPrincipal user,
            @ModelAttribute("header") QuoteHeaderForm header,
            Model model,
            RedirectAttributes redirect) {
        QuotePages.Zone zone = QuotePages.Zone.of(http);
        try {
            if (header.organisationId() == null) {
                throw new QuoteRuleViolation("organisationId", "quotes.error.customer");
            }
            Quote quote = quotes.draft(
                    header.organisationId(),
                    null,
                    header.title(),
                    header.validUntil(),
                    header.notes(),
                    header.language(),
                    user.getDisplayName());
            return done(redirect, zone, quote, "quotes.flash.drafted");
        } catch (RuleViolation violation) {
            error(model, violation);
            return pages.blank(model, zone);
        }
    }

    /** Request → quote in one action: the pre-sales request's quote, made now or the one it already has. */
    @PostMapping("/from-request")
    String fromRequest(
            HttpServletRequest http,
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam String reference,
            RedirectAttributes redirect) {
        QuotePages.Zone zone = QuotePages.Zone.of(http);
        Request request = requests.visibleTo(user, reference);
        try {
            Quote quote = quotes.fromRequest(request.getId(), user.getDisplayName());
            return done(redirect, zone, quote, "quotes.flash.from-request");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flash", violation.messageKey());
            redirect.addFlashAttribute("flashArg", reference);
            return "redirect:/" + zone.name() + "/requests/" + reference;
        }
    }

    @GetMapping("/{id}")
    String show(HttpServletRequest http, @PathVariable long id, Model model) {
        return pages.quote(model, QuotePages.Zone.of(http), quotes.get(id));
    }

    @PostMapping("/{id}")
    String change(
            HttpServletRequest http,
            @PathVariable long id,
            @ModelAttribute("header") QuoteHeaderForm header,
            Model model,
            RedirectAttributes redirect) {
        return act(
                http,
                id,
                model,
                redirect,
                "quotes.flash.changed",
                () -> quotes.change(
                        id, header.version(), header.title(), header.validUntil(), header.notes(), header.language()));
    }

    @PostMapping("/{id}/lines")
    String addLine(
            HttpServletRequest http,
            @PathVariable long id,
            @RequestParam int version,
            @ModelAttribute("line") QuoteLineForm line,
            Model model,
            RedirectAttributes redirect) {
        return act(
                http,
                id,
                model,
                redirect,
                "quotes.flash.line-added",
                () -> line.fromCatalogue()
                        ? quotes.addCatalogueLine(
                                id, version, line.itemCode(), line.quantityValue(), line.discountValue())
                        : quotes.addLine(id, version, line.line()));
    }

    @PostMapping("/{id}/lines/{index}/remove")
    String removeLine(
            HttpServletRequest http,
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(http, id, model, redirect, "quotes.flash.line-removed", () -> quotes.removeLine(id, version, index));
    }

    @PostMapping("/{id}/send")
    String send(
            HttpServletRequest http,
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String recipient,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("recipient", recipient);
        return act(
                http,
                id,
                model,
                redirect,
                "quotes.flash.sent",
                () -> quotes.send(id, version, recipient, user.getDisplayName()));
    }

    /** The PDF as it stands: the one sent for the current revision, or a preview of the draft. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Quote quote = quotes.get(id);
        return QuotePages.pdf(quotes.currentPdf(quote), quote.getReference() + ".pdf");
    }

    /** A revision's PDF exactly as it was sent. */
    @GetMapping("/{id}/revisions/{revision}/pdf")
    ResponseEntity<byte[]> revision(@PathVariable long id, @PathVariable int revision) {
        Quote quote = quotes.get(id);
        byte[] content = quotes.document(id, revision, false).orElseThrow(() -> new UnknownQuote(id + "/" + revision));
        return QuotePages.pdf(content, quote.getReference() + "-v" + revision + ".pdf");
    }

    @GetMapping("/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id) {
        Quote quote = quotes.get(id);
        byte[] content =
                quotes.document(id, quote.getRevision(), true).orElseThrow(() -> new UnknownQuote(id + "/certificate"));
        return QuotePages.pdf(content, quote.getReference() + "-bon-pour-accord.pdf");
    }

    private String act(
            HttpServletRequest http,
            long id,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Supplier<Quote> action) {
        QuotePages.Zone zone = QuotePages.Zone.of(http);
        try {
            return done(redirect, zone, action.get(), flash);
        } catch (RuleViolation violation) {
            error(model, violation);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("actionError", "quotes.error.changed");
            model.asMap().remove("header");
        }
        return pages.quote(model, zone, quotes.get(id));
    }

    private static void error(Model model, RuleViolation violation) {
        model.addAttribute("errorField", violation.field());
        model.addAttribute("errorKey", violation.messageKey());
    }

    private static String done(RedirectAttributes redirect, QuotePages.Zone zone, Quote quote, String flash) {
        redirect.addFlashAttribute("flash", flash);
        redirect.addFlashAttribute("flashArg", quote.getReference());
        return "redirect:" + zone.base() + "/" + quote.getId();
    }

    static String line(Stream<String> fields) {
        return fields.map(StaffQuoteController::cell).collect(Collectors.joining(";"));
    }

    /** A CSV cell: quoted when needed, and a leading =, +, - or @ neutralised (no formula in a spreadsheet). */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
