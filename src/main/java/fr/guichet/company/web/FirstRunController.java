package fr.guichet.company.web;

import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanyRuleViolation;
import fr.guichet.company.FirstRun;
import fr.guichet.identity.AccountRuleViolation;
import fr.guichet.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /setup}, the first run seen from outside: while Guichet has no user, the form that creates the first
 * administrator with the set-up code written in the log; until the company's identity is stored, the neutral
 * "being set up" page that every public page shows (503, to be tried again later); afterwards, nothing (404).
 */
@Controller
class FirstRunController {

    private final FirstRun firstRun;
    private final CompanyManagement company;

    FirstRunController(FirstRun firstRun, CompanyManagement company) {
        this.firstRun = firstRun;
        this.company = company;
    }

    @GetMapping("/setup")
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (company.isSetUp()) {
            if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
                return "redirect:/";
            }
            throw new NoFirstRun();
        }
        boolean visitor = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null;
        // The site's visitors see the neutral page, never the administrator's form (which only /setup shows).
        boolean awaitsAdministrator = !visitor && firstRun.awaitsAdministrator();
        if (!awaitsAdministrator) {
            // A visitor of the site (or anyone once the administrator exists): the site is being set up.
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "3600");
            response.setHeader("Cache-Control", "no-store");
        }
        model.addAttribute("awaitsAdministrator", awaitsAdministrator);
        if (awaitsAdministrator) {
            model.addAttribute("form", FirstAdministratorForm.blank());
        }
        // no menu: every page of the site is this one until the company is set up
        model.addAttribute("siteBeingSetUp", true);
        return "company/public-setup";
    }

    @PostMapping("/setup")
    String createAdministrator(
            @Valid @ModelAttribute("form") FirstAdministratorForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (company.isSetUp()) {
            throw new NoFirstRun();
        }
        if (!firstRun.awaitsAdministrator()) {
            return "redirect:/login";
        }
        if (form.password() != null && !form.password().equals(form.confirmation())) {
            errors.rejectValue("confirmation", "identity.password.error.confirmation");
        }
        if (!errors.hasErrors()) {
            try {
                firstRun.createAdministrator(
                        form.code(),
                        form.username(),
                        form.displayName(),
                        form.email(),
                        form.password(),
                        Language.of(locale));
                redirect.addFlashAttribute("flash", "setup.admin.created");
                return "redirect:/login";
            } catch (CompanyRuleViolation | AccountRuleViolation refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.messageArguments(), null);
            }
        }
        model.addAttribute("awaitsAdministrator", true);
        model.addAttribute("siteBeingSetUp", true);
        return "company/public-setup";
    }
}
