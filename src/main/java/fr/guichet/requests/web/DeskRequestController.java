package fr.guichet.requests.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The front-office desk's requests: record one from a call, the counter or an email, settle it at once or hand it to
 * a back-office team with a note, and stay the customer's interlocutor until it is resolved.
 */
@Controller
@RequestMapping("/desk/requests")
class DeskRequestController {

    private final RequestManagement requests;
    private final RequestPages pages;
    private final CustomerManagement customers;

    DeskRequestController(RequestManagement requests, RequestPages pages, CustomerManagement customers) {
        this.requests = requests;
        this.pages = pages;
        this.customers = customers;
    }

    /** {@code view}: "front" what is at the front office, "mine" what I own, "unowned" what has no interlocutor. */
    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal agent,
            @RequestParam(defaultValue = "front") String view,
            Model model) {
        QueueFilter filter = new QueueFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                view.equals("mine") ? agent.getId() : null,
                false,
                null,
                null,
                100);
        pages.list(
                model,
                requests.queue(filter).stream()
                        .filter(item -> !view.equals("unowned") || item.ownerId() == null)
                        .toList());
        model.addAttribute("view", view);
        return "desk/requests";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long organisationId, Model model) {
        model.addAttribute("form", DeskRequestForm.blank(organisationId));
        return formPage(model);
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal AccountPrincipal agent,
            @Valid @ModelAttribute("form") DeskRequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.resolvedNow() && (form.answer() == null || form.answer().isBlank())) {
            errors.rejectValue("answer", "requests.error.answer-required");
        }
        if (form.category() != null && form.category().isInternal()) {
            errors.rejectValue("category", "typeMismatch");
        }
        if (form.channel() != null && !Channel.DESK.contains(form.channel())) {
            errors.rejectValue("channel", "typeMismatch");
        }
        if (form.organisationId() != null
                && customers.find(form.organisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "typeMismatch");
        }
        if (errors.hasErrors()) {
            return formPage(model);
        }
        NewRequest details = new NewRequest(
                form.subject(),
                form.description(),
                form.category(),
                form.channel(),
                form.organisationId(),
                null,
                form.requesterName(),
                form.requesterEmail() == null || form.requesterEmail().isBlank()
                        ? null
                        : form.requesterEmail().strip(),
                agent.getId());
        Request request = form.resolvedNow()
                ? requests.submitResolvedAtFirstContact(details, form.answer(), RequestPages.actor(agent))
                : requests.submit(details, RequestPages.actor(agent));
        redirect.addFlashAttribute(
                "notice", form.resolvedNow() ? "requests.resolved-at-first-contact" : "requests.recorded");
        redirect.addFlashAttribute("noticeArg", request.getReference());
        return "redirect:/desk/requests/" + request.getReference();
    }

    @GetMapping("/{reference}")
    String detail(@AuthenticationPrincipal AccountPrincipal agent, @PathVariable String reference, Model model) {
        pages.detail(model, requests.visibleTo(agent, reference), true);
        return "desk/request";
    }

    @PostMapping("/{reference}/take")
    String take(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                agent,
                reference,
                model,
                redirect,
                "take",
                "",
                "requests.owner.taken",
                r -> requests.takeOwnership(r.getId(), version, RequestPages.actor(agent)));
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
        return act(
                agent,
                reference,
                model,
                redirect,
                "reply",
                body,
                "requests.reply.sent",
                r -> requests.replyToCustomer(r.getId(), version, body, waitForCustomer, RequestPages.actor(agent)));
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
        return act(agent, reference, model, redirect, "handoff", note, "requests.handed-off", r -> {
            if (teamId == null) {
                throw new RequestRuleViolation("requests.error.team-required");
            }
            requests.handOff(r.getId(), version, teamId, note, RequestPages.actor(agent));
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
        return act(
                agent,
                reference,
                model,
                redirect,
                "resolve",
                answer,
                "requests.resolved",
                r -> requests.resolve(r.getId(), version, answer, RequestPages.actor(agent)));
    }

    @PostMapping("/{reference}/note")
    String note(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        return act(
                agent,
                reference,
                model,
                redirect,
                "note",
                note,
                "requests.note.added",
                r -> requests.addInternalNote(r.getId(), version, note, RequestPages.actor(agent)));
    }

    @PostMapping("/{reference}/priority")
    String priority(
            @AuthenticationPrincipal AccountPrincipal agent,
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam Priority priority,
            Model model,
            RedirectAttributes redirect) {
        return act(
                agent,
                reference,
                model,
                redirect,
                "priority",
                "",
                "requests.priority.changed",
                r -> requests.changePriority(r.getId(), version, priority, RequestPages.actor(agent)));
    }

    private String act(
            AccountPrincipal agent,
            String reference,
            Model model,
            RedirectAttributes redirect,
            String action,
            String typed,
            String notice,
            Consumer<Request> change) {
        return pages.act(agent, reference, model, redirect, "desk", action, typed, notice, change);
    }

    private String formPage(Model model) {
        model.addAttribute("categories", Category.customerCategories());
        model.addAttribute("channels", Channel.DESK);
        model.addAttribute("organisations", customers.organisations());
        return "desk/request-new";
    }
}
