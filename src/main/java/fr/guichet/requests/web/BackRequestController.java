package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.Category;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RequestStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A back-office team's work queue and the work on a request: claim or assign it, add internal notes, ask the owner,
 * answer the owner (return it), transfer it to another team, or answer the customer when the team may.
 */
@Controller
@RequestMapping("/back/requests")
class BackRequestController {

    static final int PAGE = 50;

    private final RequestManagement requests;
    private final RequestPages pages;
    private final TeamManagement teams;
    private final UserManagement users;

    BackRequestController(RequestManagement requests, RequestPages pages, TeamManagement teams, UserManagement users) {
        this.requests = requests;
        this.pages = pages;
        this.teams = teams;
        this.users = users;
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) DueWindow due,
            @RequestParam(required = false) AgeBucket age,
            @RequestParam(required = false) Instant afterDue,
            @RequestParam(required = false) Long afterId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Long teamId = user.hasRole(Role.ADMIN) && team != null ? team : user.getTeamId();
        model.addAttribute("teamId", teamId);
        model.addAttribute("teams", teams.teams());
        model.addAttribute("categories", Category.values());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("filter", new Filter(status, category, priority, assignee, overdue, due, age));
        model.addAttribute("windows", DueWindow.values());
        model.addAttribute("ages", AgeBucket.values());
        if (teamId == null) {
            pages.list(model, List.of());
            model.addAttribute("noTeam", true);
            return "requests/back-queue";
        }
        model.addAttribute("members", users.membersOf(teamId));
        Long assigneeId = "me".equals(assignee) ? user.getId() : parse(assignee);
        QueueFilter filter = new QueueFilter(
                        teamId,
                        status,
                        category,
                        priority,
                        null,
                        assigneeId,
                        "none".equals(assignee),
                        null,
                        overdue,
                        afterDue,
                        afterId,
                        PAGE + 1)
                .withDue(due)
                .withAge(age);
        List<QueueItem> items = requests.queue(filter);
        model.addAttribute("counts", requests.queueCounts(filter));
        model.addAttribute("me", user.getId());
        boolean more = items.size() > PAGE;
        List<QueueItem> page = more ? items.subList(0, PAGE) : items;
        pages.list(model, page);
        model.addAttribute("next", more ? page.get(page.size() - 1) : null);
        model.addAttribute("paged", afterId != null);
        return htmx != null ? "requests/back-queue :: queue" : "requests/back-queue";
    }

    /** The queue's filters, to show them again. */
    record Filter(
            RequestStatus status,
            Category category,
            Priority priority,
            String assignee,
            boolean overdue,
            DueWindow due,
            AgeBucket age) {}

    @GetMapping("/{reference}")
    String detail(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String reference, Model model) {
        Request request = requests.visibleTo(user, reference);
        if (!requests.seesInternalWork(user, request)) {
            // the colleague who filed it and only asked: their own page, as a customer has theirs
            return "redirect:/back/internal-requests/" + reference;
        }
        requests.openedBy(request, user);
        pages.page(model, user, request, "back");
        return "requests/back-request";
    }

    @PostMapping("/{reference}/claim")
    String claim(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "assign",
                "",
                "requests.claimed",
                r -> requests.assign(r.getId(), version, user.getId(), user));
    }

    @PostMapping("/{reference}/assign")
    String assign(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(required = false) Long assigneeId,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "assign",
                "",
                "requests.assigned",
                r -> requests.assign(r.getId(), version, assigneeId, user));
    }

    @PostMapping("/{reference}/note")
    String note(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "note",
                note,
                "requests.note.added",
                r -> requests.addInternalNote(r.getId(), version, note, user));
    }

    @PostMapping("/{reference}/ask")
    String ask(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String question,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "ask",
                question,
                "requests.question.sent",
                r -> requests.askOwner(r.getId(), version, question, user));
    }

    @PostMapping("/{reference}/return")
    String returnToOwner(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String answer,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "return",
                answer,
                "requests.returned",
                r -> requests.returnToOwner(r.getId(), version, answer, user));
    }

    @PostMapping("/{reference}/transfer")
    String transfer(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(required = false) Long teamId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(user, reference, model, redirect, "back", "transfer", reason, "requests.transferred", r -> {
            if (teamId == null) {
                throw new RequestRuleViolation("requests.error.team-required");
            }
            requests.transfer(r.getId(), version, teamId, reason, user);
        });
    }

    @PostMapping("/{reference}/reply")
    String reply(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean waitForCustomer,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "reply",
                body,
                "requests.reply.sent",
                r -> requests.replyToCustomer(r.getId(), version, body, waitForCustomer, user));
    }

    @PostMapping("/{reference}/resolve")
    String resolve(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String answer,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user,
                reference,
                model,
                redirect,
                "back",
                "resolve",
                answer,
                "requests.resolved",
                r -> requests.resolve(r.getId(), version, answer, user));
    }

    /** Assigns several requests of the team's queue at once; each is checked as if assigned alone. */
    @PostMapping("/bulk-assign")
    String bulkAssign(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(name = "references", required = false) List<String> references,
            @RequestParam(required = false) Long assigneeId,
            RedirectAttributes redirect) {
        if (references == null || references.isEmpty() || assigneeId == null) {
            redirect.addFlashAttribute("flash", "requests.bulk.nothing");
            return "redirect:/back/requests";
        }
        int assigned = 0;
        for (String reference : references) {
            Request request = requests.visibleTo(user, reference);
            try {
                requests.assign(request.getId(), request.getVersion(), assigneeId, user);
                assigned++;
            } catch (RequestRuleViolation | OptimisticLockingFailureException skipped) {
                // Not this team's, closed meanwhile, not a member, or changed meanwhile: left as it is.
            }
        }
        redirect.addFlashAttribute("flash", "requests.bulk.assigned");
        redirect.addFlashAttribute("flashArg", assigned);
        return "redirect:/back/requests";
    }

    private static Long parse(String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
