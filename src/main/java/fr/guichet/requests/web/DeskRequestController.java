package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.OwnedRequest;
import fr.guichet.requests.OwnerCounts;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.QueueManagement;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import java.time.Instant;
import java.util.List;
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
 * The front-office desk's requests: the lists, and a request's page where the agent settles it or hands it to a
 * back-office team with a note, and stays the customer's interlocutor until it is resolved. Recording one is
 * {@link DeskIntakeController}'s.
 */
@Controller
@RequestMapping("/desk/requests")
class DeskRequestController {

    static final int PAGE = 50;

    private final RequestManagement requests;
    private final QueueManagement workload;
    private final RequestPages pages;

    DeskRequestController(RequestManagement requests, QueueManagement workload, RequestPages pages) {
        this.requests = requests;
        this.workload = workload;
        this.pages = pages;
    }

    /**
     * The desk's lists, by due time, a page at a time: {@code view} "front" all that is at the front office, "unowned"
     * what has no interlocutor yet, "mine" everything I own wherever it is (the front office or any team), with where
     * and since when, what came back to me highlighted (filtered in the query, so that none is left behind a full page).
     * The home panels' figures open "front" narrowed to a due-time window or an age bucket, and "mine" narrowed to a
     * window or to what came back to me; the page then says how many the filter holds (the panel's figure).
     */
    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal agent,
            @RequestParam(defaultValue = "front") String view,
            @RequestParam(required = false) DueWindow due,
            @RequestParam(required = false) AgeBucket age,
            @RequestParam(defaultValue = "false") boolean cameBack,
            @RequestParam(required = false) Instant afterDue,
            @RequestParam(required = false) Long afterId,
            Model model) {
        List<QueueItem> items;
        Long filtered = null;
        if (view.equals("mine")) {
            age = null;
            due = cameBack ? null : due;
            List<OwnedRequest> owned = workload.ownedBy(agent, due, cameBack, afterDue, afterId, PAGE + 1);
            model.addAttribute("owned", owned.size() > PAGE ? owned.subList(0, PAGE) : owned);
            items = owned.stream().map(OwnedRequest::item).toList();
            if (due != null || cameBack) {
                OwnerCounts counts = workload.ownerCounts(agent.getId());
                filtered = cameBack ? counts.cameBack() : counts.in(due);
            }
        } else if (view.equals("unowned")) {
            due = null;
            age = null;
            cameBack = false;
            items = requests.queue(QueueFilter.frontOffice(null, true, afterDue, afterId, PAGE + 1));
        } else {
            cameBack = false;
            items = requests.queue(QueueFilter.frontOffice(null, false, afterDue, afterId, PAGE + 1)
                    .withDue(due)
                    .withAge(age));
            if (due != null || age != null) {
                filtered = workload.counts(QueueFilter.openOf(null).withDue(due).withAge(age))
                        .total();
            }
        }
        boolean more = items.size() > PAGE;
        List<QueueItem> page = more ? items.subList(0, PAGE) : items;
        pages.list(model, page);
        model.addAttribute("view", view);
        model.addAttribute("due", due);
        model.addAttribute("age", age);
        model.addAttribute("cameBack", cameBack);
        model.addAttribute("filtered", filtered);
        model.addAttribute("tabCounts", requests.frontOfficeCounts(agent.getId()));
        model.addAttribute("next", more ? page.get(page.size() - 1) : null);
        model.addAttribute("paged", afterDue != null && afterId != null);
        return "requests/desk-list";
    }

    @GetMapping("/{reference}")
    String detail(@AuthenticationPrincipal AccountPrincipal agent, @PathVariable String reference, Model model) {
        Request request = requests.visibleTo(agent, reference);
        requests.openedBy(request, agent);
        pages.page(model, agent, request, "desk");
        return "requests/desk-request";
    }

    @PostMapping("/{reference}/take")
    String take(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                agent,
                reference,
                model,
                redirect,
                "desk",
                "take",
                "",
                "requests.owner.taken",
                r -> requests.takeOwnership(r.getId(), version, agent));
    }

    @PostMapping("/{reference}/reply")
    String reply(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean waitForCustomer,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                agent,
                reference,
                model,
                redirect,
                "desk",
                "reply",
                body,
                "requests.reply.sent",
                r -> requests.replyToCustomer(r.getId(), version, body, waitForCustomer, agent));
    }

    @PostMapping("/{reference}/handoff")
    String handOff(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(required = false) Long teamId,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(agent, reference, model, redirect, "desk", "handoff", note, "requests.handed-off", r -> {
            if (teamId == null) {
                throw new RequestRuleViolation("requests.error.team-required");
            }
            requests.handOff(r.getId(), version, teamId, note, agent);
        });
    }

    @PostMapping("/{reference}/resolve")
    String resolve(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String answer,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                agent,
                reference,
                model,
                redirect,
                "desk",
                "resolve",
                answer,
                "requests.resolved",
                r -> requests.resolve(r.getId(), version, answer, agent));
    }

    @PostMapping("/{reference}/note")
    String note(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                agent,
                reference,
                model,
                redirect,
                "desk",
                "note",
                note,
                "requests.note.added",
                r -> requests.addInternalNote(r.getId(), version, note, agent));
    }
}
