package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.OwnedRequest;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.QueueManagement;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Internal requests: any staff member files one to a back-office team, as its internal customer, from the desk or
 * from the back office; the routing rules send it by its internal category.
 */
@Controller
class InternalRequestController {

    private final RequestManagement requests;
    private final QueueManagement workload;
    private final RequestPages pages;

    InternalRequestController(RequestManagement requests, QueueManagement workload, RequestPages pages) {
        this.requests = requests;
        this.workload = workload;
        this.pages = pages;
    }

    /**
     * What the colleague filed, newest first; with {@code cameBack}, only the open ones that came back to them (the
     * team asked, returned or answered) and that they have not opened since, as the back office's home counts them.
     */
    @GetMapping({"/desk/internal-requests", "/back/internal-requests"})
    String mine(
            @AuthenticationPrincipal AccountPrincipal staff,
            @RequestParam(defaultValue = "false") boolean cameBack,
            Model model,
            HttpServletRequest http) {
        List<QueueItem> items = cameBack
                ? workload.ownedBy(staff, null, true, null, null, 200).stream()
                        .map(OwnedRequest::item)
                        .toList()
                : requests.ofRequester(staff.getId(), 200);
        model.addAttribute(
                "filtered", cameBack ? workload.ownerCounts(staff.getId()).cameBack() : null);
        pages.list(model, items);
        model.addAttribute("counts", requests.requesterCounts(staff.getId()));
        model.addAttribute(
                "cameBack", requests.cameBack(items.stream().map(QueueItem::id).toList()));
        model.addAttribute("zone", zone(http.getRequestURI()));
        return "requests/internal-list";
    }

    @GetMapping({"/desk/internal-requests/new", "/back/internal-requests/new"})
    String form(Model model, HttpServletRequest http) {
        model.addAttribute("form", InternalRequestForm.blank());
        return page(model, zone(http.getRequestURI()));
    }

    @PostMapping("/{zone:desk|back}/internal-requests")
    String submit(
            @AuthenticationPrincipal AccountPrincipal staff,
            @PathVariable String zone,
            @Valid @ModelAttribute("form") InternalRequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.category() != null && !form.category().isInternal()) {
            errors.rejectValue("category", "typeMismatch");
        }
        if (errors.hasErrors()) {
            return page(model, zone);
        }
        Request request = requests.submit(
                new NewRequest(
                        form.subject(),
                        form.description(),
                        form.category(),
                        Channel.INTERNAL,
                        null,
                        staff.getId(),
                        staff.getDisplayName(),
                        null,
                        null),
                RequestPages.actor(staff));
        redirect.addFlashAttribute("flash", "requests.internal.submitted");
        redirect.addFlashAttribute("flashArg", request.getReference());
        return "redirect:/" + zone + "/internal-requests";
    }

    private String page(Model model, String zone) {
        model.addAttribute("zone", zone);
        model.addAttribute("categories", Category.internalCategories());
        return "requests/internal-new";
    }

    private static String zone(String path) {
        return path.startsWith("/desk") ? "desk" : "back";
    }
}
