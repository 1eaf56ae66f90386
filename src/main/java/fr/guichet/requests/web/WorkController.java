package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.WorkKind;
import fr.guichet.requests.WorkManagement;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request page's work block at the desk and in the back office: record time or an intervention, change or remove
 * an entry not yet invoiced. A refused form shows the page again with the reason next to the field and what was typed.
 */
@Controller
@RequestMapping("/{zone:desk|back}/requests/{reference}/work")
class WorkController {

    private final RequestManagement requests;
    private final WorkManagement work;
    private final RequestPages pages;

    WorkController(RequestManagement requests, WorkManagement work, RequestPages pages) {
        this.requests = requests;
        this.work = work;
        this.pages = pages;
    }

    @PostMapping
    String record(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(required = false) WorkKind kind,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "") String itemCode,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String billable,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String workedOn,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(user, reference);
        WorkForm form = new WorkForm(kind, time, itemCode, quantity, billable, note, workedOn);
        return run(user, zone, request, form, null, model, redirect, "worklog.recorded", () -> {
            work.record(request.getId(), form.toNewWork(), user);
        });
    }

    @PostMapping("/{id}")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "") String itemCode,
            @RequestParam(defaultValue = "") String quantity,
            @RequestParam(defaultValue = "") String billable,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String workedOn,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(user, reference);
        WorkKind kind = work.entryOf(request.getId(), id).getKind();
        WorkForm form = new WorkForm(kind, time, itemCode, quantity, billable, note, workedOn);
        return run(user, zone, request, form, id, model, redirect, "worklog.changed", () -> {
            work.change(request.getId(), id, version, form.toNewWork(), user);
        });
    }

    @PostMapping("/{id}/remove")
    String remove(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(user, reference);
        WorkForm form = WorkForm.of(work.entryOf(request.getId(), id));
        return run(user, zone, request, form, id, model, redirect, "worklog.removed", () -> {
            work.remove(request.getId(), id, version, user);
        });
    }

    private String run(
            AccountPrincipal user,
            String zone,
            Request request,
            WorkForm form,
            Long entryId,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Runnable change) {
        String path = "/" + zone + "/requests/" + request.getReference();
        try {
            change.run();
            return PageAction.done(redirect, flash, request.getReference(), path);
        } catch (RuleViolation violation) {
            return again(user, zone, request, form, entryId, violation.messageKey(), violation.field(), model);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return again(user, zone, request, form, entryId, "worklog.error.conflict", null, model);
        }
    }

    private String again(
            AccountPrincipal user,
            String zone,
            Request request,
            WorkForm form,
            Long entryId,
            String errorKey,
            String field,
            Model model) {
        Request fresh = requests.visibleTo(user, request.getReference());
        pages.page(model, user, fresh, zone);
        model.addAttribute("workError", errorKey);
        model.addAttribute("workErrorField", field == null ? "" : field);
        model.addAttribute("workForm", form);
        model.addAttribute("workEntryId", entryId);
        if (!work.mayRecord(user, fresh)) {
            // the work block is not shown to this user: the reason goes at the top of the page
            model.addAttribute("errorKey", errorKey);
            model.addAttribute("errorElsewhere", true);
        }
        return "requests/" + zone + "-request";
    }
}
