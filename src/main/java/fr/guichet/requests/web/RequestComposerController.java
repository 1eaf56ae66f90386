package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Category;
import fr.guichet.requests.ComposerAct;
import fr.guichet.requests.ComposerManagement;
import fr.guichet.requests.Composition;
import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.NewWork;
import fr.guichet.requests.Priority;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestPresenceManagement;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.WorkKind;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request page's composer at the desk and in the back office: one form, one endpoint — the act, its text, the
 * status to set with it and the files — and the page's side acts that are new (category) and its presence poll.
 * Without JavaScript it is a plain form; a refused submit shows the page again with the reason next to the text, what
 * was typed and chosen kept, and, when someone changed the request meanwhile, what they did.
 */
@Controller
@RequestMapping("/{zone:desk|back}/requests/{reference}")
class RequestComposerController {

    private final RequestManagement requests;
    private final ComposerManagement composer;
    private final RequestPresenceManagement presence;
    private final RequestPages pages;

    RequestComposerController(
            RequestManagement requests,
            ComposerManagement composer,
            RequestPresenceManagement presence,
            RequestPages pages) {
        this.requests = requests;
        this.composer = composer;
        this.presence = presence;
        this.pages = pages;
    }

    /** The composer's address reloaded after a refused submit (or bookmarked): the request's page. */
    @GetMapping("/compose")
    String composerAddress(@PathVariable String zone, @PathVariable String reference) {
        return "redirect:/" + zone + "/requests/" + reference;
    }

    @PostMapping("/compose")
    String compose(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "0") int seen,
            @RequestParam(required = false) ComposerAct act,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "") String workTime,
            @RequestParam(defaultValue = "") String workItem,
            @RequestParam(defaultValue = "") String workBillable,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(user, reference);
        UploadedFiles uploaded = UploadedFiles.of(files);
        WorkForm time = new WorkForm(WorkKind.TIME, workTime, workItem, "", workBillable, "", "");
        model.addAttribute("workTyped", time);
        try {
            NewWork work = workTime.isBlank() ? null : time.toNewWork();
            composer.send(request.getId(), version, new Composition(act, body, status, uploaded.files(), work), user);
            return PageAction.done(redirect, flash(act, status), reference, "/" + zone + "/requests/" + reference);
        } catch (RuleViolation violation) {
            model.addAttribute("errorField", violation.field());
            return again(model, user, zone, reference, violation.messageKey(), act, status, body, List.of());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return again(
                    model,
                    user,
                    zone,
                    reference,
                    "requests.error.conflict",
                    act,
                    status,
                    body,
                    requests.historySince(request.getId(), seen));
        }
    }

    /** The side panel's priority, at the desk and in the back office (its service levels follow). */
    @PostMapping("/priority")
    String priority(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(required = false) Priority priority,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(user, reference, model, redirect, zone, "priority", "", "requests.priority.changed", r -> {
            if (priority == null) {
                throw new RequestRuleViolation("requests.error.priority-required");
            }
            requests.changePriority(r.getId(), version, priority, user);
        });
    }

    /** The new act of the side panel: what the request is about, its service levels following. */
    @PostMapping("/category")
    String category(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(required = false) Category category,
            Model model,
            RedirectAttributes redirect) {
        return pages.act(
                user, reference, model, redirect, zone, "category", "", "requests.side.category.changed", r -> {
                    if (category == null) {
                        throw new RequestRuleViolation("requests.error.category-kind");
                    }
                    requests.changeCategory(r.getId(), version, category, user);
                });
    }

    /**
     * The page's presence poll: records that the user is on the page (writing, when {@code replying}) and answers who
     * else is, as a fragment; given {@code seen} (the history lines the page shows), also whether the request changed
     * since, with a link to see it.
     */
    @PostMapping("/presence")
    String presence(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(defaultValue = "false") boolean replying,
            @RequestParam(required = false) Integer seen,
            Model model) {
        model.addAttribute("others", presence.report(user, reference, replying));
        if (seen != null) {
            Request request = requests.visibleTo(user, reference);
            model.addAttribute("changedSince", requests.changedSince(request.getId(), seen));
            model.addAttribute("reloadPath", "/" + zone + "/requests/" + reference);
        }
        return "requests/request-page :: presence";
    }

    private static String flash(ComposerAct act, RequestStatus status) {
        return switch (act) {
            case REPLY ->
                status == RequestStatus.RESOLVED ? "requests.composer.sent.RESOLVED" : "requests.composer.sent.REPLY";
            case RETURN_TO_OWNER -> "requests.composer.sent.RETURN_TO_OWNER";
            case ASK_OWNER -> "requests.composer.sent.ASK_OWNER";
            case ANSWER_TEAM -> "requests.composer.sent.ANSWER_TEAM";
            case NOTE -> "requests.composer.sent.NOTE";
        };
    }

    private String again(
            Model model,
            AccountPrincipal user,
            String zone,
            String reference,
            String errorKey,
            ComposerAct act,
            RequestStatus status,
            String typed,
            List<HistoryEntry> changes) {
        if (act != null) {
            model.addAttribute("act", act);
        }
        Request request = requests.visibleTo(user, reference);
        pages.page(model, user, request, zone);
        model.addAttribute("errorAction", "composer");
        model.addAttribute("errorElsewhere", !RequestPages.shown("composer", model, request, zone));
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("typed", typed);
        model.addAttribute("chosenStatus", status);
        model.addAttribute("changes", changes);
        return "requests/" + zone + "-request";
    }
}
