package fr.guichet.customers.web;

import fr.guichet.customers.CustomerImportManagement;
import fr.guichet.customers.CustomerImportManagement.Target;
import fr.guichet.customers.CustomerRuleViolation;
import fr.guichet.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Importing customers from a CSV file: upload, check the columns against a preview, start; the import then runs in
 * the background and its page shows the progress (refreshed by htmx, or by reloading) — it can be left and come back
 * to — then the lines refused and why.
 */
@Controller
@RequestMapping("/back/customers/import")
class CustomerImportController {

    private final CustomerImportManagement imports;

    CustomerImportController(CustomerImportManagement imports) {
        this.imports = imports;
    }

    @GetMapping
    String form() {
        return "customers/import-upload";
    }

    @PostMapping
    String upload(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "customers.import.error.empty");
            return "customers/import-upload";
        }
        try {
            long id = imports.upload(file.getOriginalFilename(), file.getBytes(), user.getDisplayName());
            return "redirect:/back/customers/import/" + id;
        } catch (CustomerRuleViolation violation) {
            model.addAttribute("fileError", violation.messageKey());
            return "customers/import-upload";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, HttpServletRequest request) {
        CustomerImportManagement.Import current = imports.get(id);
        model.addAttribute("job", current);
        model.addAttribute("targets", Target.values());
        model.addAttribute(
                "lines",
                current.status() == CustomerImportManagement.Status.MAPPING
                        ? imports.lines(id, false, 10)
                        : imports.lines(id, true, 500));
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        return htmx ? "customers/import :: progress" : "customers/import";
    }

    @PostMapping("/{id}/run")
    String run(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        CustomerImportManagement.Import current = imports.get(id);
        List<Target> mapping = new ArrayList<>();
        for (int c = 0; c < current.headers().size(); c++) {
            String chosen = request.getParameter("column" + c);
            Optional<Target> target = chosen == null ? Optional.of(Target.IGNORE) : Target.named(chosen);
            if (target.isEmpty()) {
                // Nothing is started: the column whose choice is unknown is named.
                redirect.addFlashAttribute("flash", "customers.import.error.unknown-target");
                redirect.addFlashAttribute("flashArg", current.headers().get(c));
                return "redirect:/back/customers/import/" + id;
            }
            mapping.add(target.get());
        }
        try {
            imports.run(id, mapping, user.getDisplayName());
        } catch (CustomerRuleViolation violation) {
            redirect.addFlashAttribute("flash", violation.messageKey());
        }
        return "redirect:/back/customers/import/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id) {
        imports.cancel(id);
        return "redirect:/back/customers/import/" + id;
    }
}
