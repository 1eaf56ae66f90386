package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.Message;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestEventKind;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RequestStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The colleague who filed an internal request follows it on their own page, in their own zone, like a customer on the
 * portal: the conversation with the receiving team (its questions and answers, never its internal notes), the path,
 * and a form to reply (which reopens a resolved request) or close it. Only they may: anyone else gets 404.
 */
@Controller
class OwnInternalRequestController {

    /** What the requester sees of the team's work besides the public conversation: its questions and its answers. */
    private static final Set<RequestEventKind> ADDRESSED_TO_REQUESTER =
            Set.of(RequestEventKind.QUESTION_TO_OWNER, RequestEventKind.RETURNED_TO_OWNER);

    /** A line of the requester's conversation: a public message, or a question or answer the team addressed to them. */
    record Line(Instant at, String author, String kind, String body, boolean mine) {}

    private final RequestManagement requests;
    private final RequestPages pages;
    private final UserManagement users;

    OwnInternalRequestController(RequestManagement requests, RequestPages pages, UserManagement users) {
        this.requests = requests;
        this.pages = pages;
        this.users = users;
    }

    @GetMapping("/{zone:desk|back}/internal-requests/{reference}")
    String page(
            @AuthenticationPrincipal AccountPrincipal requester,
            @PathVariable String zone,
            @PathVariable String reference,
            Model model) {
        Request request = requests.filedBy(requester, reference);
        requests.openedBy(request, requester);
        return show(model, requester, zone, request);
    }

    @PostMapping("/{zone:desk|back}/internal-requests/{reference}/messages")
    String reply(
            @AuthenticationPrincipal AccountPrincipal requester,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.filedBy(requester, reference);
        try {
            boolean reopens = request.getStatus() == RequestStatus.RESOLVED;
            requests.requesterReply(request.getId(), body, requester);
            redirect.addFlashAttribute("flash", reopens ? "owners.internal.reopened" : "requests.reply.sent");
        } catch (RequestRuleViolation violation) {
            model.addAttribute("replyError", violation.messageKey());
            model.addAttribute("typedBody", body);
            return show(model, requester, zone, request);
        }
        return "redirect:/" + zone + "/internal-requests/" + reference;
    }

    @PostMapping("/{zone:desk|back}/internal-requests/{reference}/close")
    String close(
            @AuthenticationPrincipal AccountPrincipal requester,
            @PathVariable String zone,
            @PathVariable String reference,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.filedBy(requester, reference);
        try {
            requests.requesterClose(request.getId(), requester);
        } catch (RequestRuleViolation violation) {
            model.addAttribute("closeError", violation.messageKey());
            return show(model, requester, zone, request);
        }
        redirect.addFlashAttribute("flash", "requests.closed");
        return "redirect:/" + zone + "/internal-requests/" + reference;
    }

    private String show(Model model, AccountPrincipal requester, String zone, Request request) {
        List<HistoryEntry> history = requests.history(request.getId());
        List<Line> lines = new ArrayList<>();
        for (Message m : requests.conversation(request.getId(), false)) {
            lines.add(new Line(
                    m.createdAt(),
                    m.authorName(),
                    "message",
                    m.body(),
                    requester.getId().equals(m.authorId())));
        }
        for (HistoryEntry e : history) {
            if (ADDRESSED_TO_REQUESTER.contains(e.kind())) {
                lines.add(new Line(e.at(), e.actorName(), e.kind().name(), e.detail(), false));
            }
        }
        lines.sort(Comparator.comparing(Line::at));
        model.addAttribute("request", request);
        model.addAttribute("lines", lines);
        model.addAttribute("path", RequestManagement.path(history));
        model.addAttribute("pathOrigin", request.getRequesterName());
        model.addAttribute("teamNames", pages.teamNames());
        model.addAttribute(
                "assigneeName",
                request.getAssigneeId() == null
                        ? null
                        : users.names(List.of(request.getAssigneeId())).get(request.getAssigneeId()));
        model.addAttribute("zone", zone);
        return "requests/internal-request";
    }
}
