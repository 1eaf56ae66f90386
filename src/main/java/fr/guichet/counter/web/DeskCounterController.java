package fr.guichet.counter.web;

import fr.guichet.counter.CounterManagement;
import fr.guichet.counter.CounterRuleViolation;
import fr.guichet.counter.CounterSetupManagement;
import fr.guichet.counter.CounterVisit;
import fr.guichet.counter.Reason;
import fr.guichet.counter.Ticket;
import fr.guichet.counter.TicketSource;
import fr.guichet.counter.TicketStatus;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Category;
import fr.guichet.requests.IntakeManagement;
import fr.guichet.shared.web.PageAction;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * The counter staff's page: who waits (per reason, for how long), call the next one (of a reason or any) or a chosen
 * one to their counter, call again, serve, mark absent, and record the visit as a request on the counter channel —
 * settled at once or handed to a team — which ends the visit with the request's reference. Reception also takes
 * tickets for visitors here. The counter the agent works at is remembered for their session.
 */
@Controller
@RequestMapping("/desk/counter")
class DeskCounterController {

    private static final String PAGE = "counter/desk-counter";
    private static final String HERE = "/desk/counter";
    private static final String DESK = "counterDeskId";

    private final CounterManagement counter;
    private final CounterSetupManagement setup;
    private final CustomerManagement customers;
    private final IntakeManagement intake;

    DeskCounterController(
            CounterManagement counter,
            CounterSetupManagement setup,
            CustomerManagement customers,
            IntakeManagement intake) {
        this.counter = counter;
        this.setup = setup;
        this.customers = customers;
        this.intake = intake;
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal agent, HttpSession session, Model model) {
        List<Ticket> room = counter.inRoom();
        Map<Long, Reason> reasons = counter.reasonsById();
        Map<Reason, List<Ticket>> waiting = new LinkedHashMap<>();
        for (Reason reason : reasons.values().stream()
                .sorted(java.util.Comparator.comparingInt(Reason::position))
                .toList()) {
            List<Ticket> of = room.stream()
                    .filter(t -> t.status() == TicketStatus.WAITING && t.reasonId() == reason.id())
                    .toList();
            if (reason.active() || !of.isEmpty()) {
                waiting.put(reason, of);
            }
        }
        List<Ticket> mine = counter.withAgent(agent.getId());
        List<Long> organisations = mine.stream()
                .map(Ticket::organisationId)
                .filter(java.util.Objects::nonNull)
                .toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute(
                "waitingCount",
                room.stream().filter(t -> t.status() == TicketStatus.WAITING).count());
        model.addAttribute(
                "called",
                room.stream().filter(t -> t.status() == TicketStatus.CALLED).toList());
        model.addAttribute("mine", mine);
        model.addAttribute("customerNames", customers.names(organisations));
        model.addAttribute("reasons", reasons);
        model.addAttribute("activeReasons", setup.activeReasons());
        model.addAttribute("desks", setup.activeDesks());
        Object chosen = session.getAttribute(DESK);
        model.addAttribute(
                "deskId",
                chosen != null ? chosen : counter.lastDeskOf(agent.getId()).orElse(null));
        model.addAttribute("now", counter.now());
        model.addAttribute("categories", Category.customerCategories());
        model.addAttribute("teams", intake.teamsToHandTo());
        return PAGE;
    }

    /** Reception takes a ticket for a visitor. */
    @PostMapping("/tickets")
    String take(
            @AuthenticationPrincipal AccountPrincipal agent,
            @RequestParam long reasonId,
            @RequestParam(required = false) @Nullable String visitorName,
            @RequestParam(required = false) @Nullable Long organisationId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    Ticket t = counter.take(reasonId, TicketSource.RECEPTION, visitorName, null, organisationId);
                    return PageAction.done(redirect, "counter.flash.taken", t.label(), HERE);
                },
                agent,
                session,
                model);
    }

    @PostMapping("/call-next")
    String callNext(
            @AuthenticationPrincipal AccountPrincipal agent,
            @RequestParam long deskId,
            @RequestParam(required = false) @Nullable Long reasonId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        session.setAttribute(DESK, deskId);
        return act(
                () -> {
                    Ticket t = counter.callNext(deskId, reasonId, agent);
                    return PageAction.done(redirect, "counter.flash.called", t.label(), HERE);
                },
                agent,
                session,
                model);
    }

    @PostMapping("/tickets/{id}/call")
    String call(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable long id,
            @RequestParam long deskId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        session.setAttribute(DESK, deskId);
        return act(
                () -> PageAction.done(
                        redirect,
                        "counter.flash.called",
                        counter.call(id, deskId, agent).label(),
                        HERE),
                agent,
                session,
                model);
    }

    @PostMapping("/tickets/{id}/{act:recall|serve|no-show|finish}")
    String move(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable long id,
            @PathVariable String act,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    Ticket t = switch (act) {
                        case "recall" -> counter.recall(id);
                        case "serve" -> counter.serve(id);
                        case "no-show" -> counter.noShow(id);
                        default -> counter.finish(id, null, null);
                    };
                    return PageAction.done(redirect, "counter.flash." + act, t.label(), HERE);
                },
                agent,
                session,
                model);
    }

    /** The customer the visitor is, found by name or SIREN: kept on the ticket when exactly one matches. */
    @PostMapping("/tickets/{id}/identify")
    String identify(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String customer,
            @RequestParam(required = false) @Nullable Long organisationId,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    List<Organisation> found = organisationId != null
                            ? customers.find(organisationId).stream().toList()
                            : customer == null || customer.isBlank()
                                    ? List.<Organisation>of()
                                    : customers.search(customer.strip(), 2);
                    if (found.size() != 1) {
                        throw new CounterRuleViolation(
                                found.isEmpty() ? "counter.error.no-customer" : "counter.error.several-customers");
                    }
                    counter.identify(id, found.get(0).getId());
                    return PageAction.done(
                            redirect, "counter.flash.identified", found.get(0).getName(), HERE);
                },
                agent,
                session,
                model);
    }

    /** Records the visit being served as a request on the counter channel, and ends it. */
    @PostMapping("/tickets/{id}/record")
    String record(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(required = false) @Nullable String note,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("typed", new Typed(id, subject, description, category, outcome, answer, teamId, note));
        return act(
                () -> {
                    String how = outcome == null ? "resolved" : outcome;
                    if ("resolved".equals(how) && (answer == null || answer.isBlank())) {
                        throw new CounterRuleViolation("counter.error.answer");
                    }
                    if ("handoff".equals(how) && teamId == null) {
                        throw new CounterRuleViolation("counter.error.team");
                    }
                    Ticket t = counter.recordVisit(
                            id,
                            new CounterVisit(
                                    subject == null ? "" : subject,
                                    description == null ? "" : description,
                                    category == null ? Category.OTHER : category,
                                    null,
                                    null,
                                    "resolved".equals(how) ? answer : null,
                                    "handoff".equals(how) ? teamId : null,
                                    "handoff".equals(how) ? note : null),
                            agent);
                    return PageAction.done(redirect, "counter.flash.recorded", t.requestReference(), HERE);
                },
                agent,
                session,
                model);
    }

    /** What the agent typed in the record form, shown again with the reason of a refusal. */
    record Typed(
            long ticketId,
            @Nullable String subject,
            @Nullable String description,
            @Nullable Category category,
            @Nullable String outcome,
            @Nullable String answer,
            @Nullable Long teamId,
            @Nullable String note) {}

    private String act(PageAction.Change change, AccountPrincipal agent, HttpSession session, Model model) {
        return PageAction.run(change, "counter.error.changed", reason -> {
            model.addAttribute("error", reason);
            return page(agent, session, model);
        });
    }
}
