package fr.guichet.requests.web;

import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RequestStatus;
import fr.guichet.shared.RequestFormTokens;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer's requests on the portal: submit, follow, answer, close, rate. */
@Controller
@RequestMapping("/portal/requests")
class PortalRequestController {

    private final RequestManagement requests;
    private final AttachmentManagement attachments;
    private final RequestPages pages;
    private final CustomerManagement customers;
    private final ObjectProvider<RequestFormTokens> formTokens;

    PortalRequestController(
            RequestManagement requests,
            AttachmentManagement attachments,
            RequestPages pages,
            CustomerManagement customers,
            ObjectProvider<RequestFormTokens> formTokens) {
        this.requests = requests;
        this.attachments = attachments;
        this.pages = pages;
        this.customers = customers;
        this.formTokens = formTokens;
    }

    /** The customer's requests, filtered by state, category and who asked, each choice with its count. */
    @GetMapping
    String list(
            @AuthenticationPrincipal AccountPrincipal customer,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(required = false) Category category,
            @RequestParam(defaultValue = "") String requester,
            Model model) {
        Long organisationId = customer.getCustomerOrganisationId();
        List<QueueItem> all = PortalRequestFilter.requestsOf(requests, organisationId, customer.getId());
        PortalRequestFilter filter = new PortalRequestFilter(state, category, requester);
        pages.list(model, filter.apply(all));
        List<String> contacts = organisationId == null
                ? List.of()
                : customers.contactsOf(organisationId).stream()
                        .map(Contact::getFullName)
                        .toList();
        model.addAttribute("filter", filter);
        model.addAttribute("total", all.size());
        model.addAttribute("stateCounts", filter.stateCounts(all));
        model.addAttribute("categoryCounts", filter.categoryCounts(all, Category.customerCategories()));
        model.addAttribute("requesterCounts", filter.requesterCounts(all, contacts));
        return "requests/portal-list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", PortalRequestForm.blank());
        model.addAttribute("categories", Category.customerCategories());
        return "requests/portal-new";
    }

    @PostMapping
    String submit(
            @AuthenticationPrincipal AccountPrincipal customer,
            @Valid @ModelAttribute("form") PortalRequestForm form,
            BindingResult errors,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = RequestFormTokens.FIELD, required = false) String deflectionToken,
            Model model,
            RedirectAttributes redirect) {
        if (form.category() != null && form.category().isInternal()) {
            errors.rejectValue("category", "typeMismatch");
        }
        UploadedFiles uploaded = UploadedFiles.of(files);
        String fileError = uploaded.violation(attachments).orElse(null);
        if (fileError != null) {
            model.addAttribute("fileError", fileError);
        }
        if (errors.hasErrors() || fileError != null) {
            model.addAttribute("categories", Category.customerCategories());
            return "requests/portal-new";
        }
        Request request = requests.submit(
                NewRequest.fromCustomer(form.subject(), form.description(), form.category(), customer),
                RequestPages.actor(customer));
        if (!uploaded.isEmpty()) {
            attachments.attach(request, uploaded.files(), customer, false);
        }
        formTokens.forEach(tokens -> tokens.submitted(deflectionToken, request.getReference()));
        redirect.addFlashAttribute("flash", "requests.submitted");
        redirect.addFlashAttribute("flashArg", request.getReference());
        return "redirect:/portal/requests/" + request.getReference();
    }

    @GetMapping("/{reference}")
    String detail(@AuthenticationPrincipal AccountPrincipal customer, @PathVariable String reference, Model model) {
        pages.detail(model, customer, requests.visibleTo(customer, reference));
        return "requests/portal-request";
    }

    @PostMapping("/{reference}/messages")
    String reply(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(customer, reference);
        try {
            UploadedFiles uploaded = UploadedFiles.of(files);
            uploaded.violation(attachments).ifPresent(key -> {
                throw new RequestRuleViolation(key);
            });
            requests.customerReply(request.getId(), body, RequestPages.actor(customer));
            if (!uploaded.isEmpty()) {
                attachments.attach(request, uploaded.files(), customer, false);
            }
        } catch (RequestRuleViolation violation) {
            pages.detail(model, customer, request);
            model.addAttribute("replyError", violation.messageKey());
            model.addAttribute("typedBody", body);
            return "requests/portal-request";
        }
        redirect.addFlashAttribute("flash", "requests.reply.sent");
        return "redirect:/portal/requests/" + reference;
    }

    @PostMapping("/{reference}/close")
    String close(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable String reference,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(customer, reference);
        if (request.getStatus() != RequestStatus.CLOSED) {
            requests.close(request.getId(), RequestPages.actor(customer));
        }
        redirect.addFlashAttribute("flash", "requests.closed");
        return "redirect:/portal/requests/" + reference;
    }

    @PostMapping("/{reference}/rating")
    String rate(
            @AuthenticationPrincipal AccountPrincipal customer,
            @PathVariable String reference,
            @RequestParam(required = false) Integer score,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        Request request = requests.visibleTo(customer, reference);
        try {
            if (score == null) {
                throw new RequestRuleViolation("requests.error.rating-range");
            }
            requests.rate(request.getId(), score, comment, RequestPages.actor(customer));
        } catch (RequestRuleViolation violation) {
            pages.detail(model, customer, request);
            model.addAttribute("ratingError", violation.messageKey());
            model.addAttribute("typedComment", comment);
            return "requests/portal-request";
        }
        redirect.addFlashAttribute("flash", "requests.rated");
        return "redirect:/portal/requests/" + reference;
    }
}
