package fr.guichet.catalogue.web;

import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.CatalogueRuleViolation;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue in the back office: every item with its prices; add, change, retire, bring back. */
@Controller
@RequestMapping("/back/catalogue")
class CatalogueController {

    private final CatalogueManagement catalogue;

    CatalogueController(CatalogueManagement catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("items", catalogue.all());
        return "catalogue/list";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", CatalogueItemForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CatalogueItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<Money> price = price(form, errors);
        if (!errors.hasErrors()) {
            try {
                var item = catalogue.add(form.details(price.orElseThrow()));
                return saved(redirect, item.getCode());
            } catch (CatalogueRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", CatalogueItemForm.of(catalogue.get(id), locale));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CatalogueItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        catalogue.get(id);
        Optional<Money> price = price(form, errors);
        if (!errors.hasErrors()) {
            try {
                var item = catalogue.change(id, form.version(), form.details(price.orElseThrow()));
                return saved(redirect, item.getCode());
            } catch (CatalogueRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, id);
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        var item = catalogue.retire(id);
        redirect.addFlashAttribute("flash", "catalogue.retired");
        redirect.addFlashAttribute("flashArg", item.getCode());
        return "redirect:/back/catalogue";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        var item = catalogue.reactivate(id);
        redirect.addFlashAttribute("flash", "catalogue.reactivated");
        redirect.addFlashAttribute("flashArg", item.getCode());
        return "redirect:/back/catalogue";
    }

    /** The typed price, or an error next to it: not an amount, negative, or more than two decimals. */
    private static Optional<Money> price(CatalogueItemForm form, BindingResult errors) {
        if (errors.hasFieldErrors("unitPrice")) {
            return Optional.empty();
        }
        Optional<Money> price = Money.parse(form.unitPrice(), Money.EUR);
        if (price.isEmpty()) {
            errors.rejectValue("unitPrice", "catalogue.error.price");
        }
        return price;
    }

    private static String saved(RedirectAttributes redirect, String code) {
        redirect.addFlashAttribute("flash", "catalogue.saved");
        redirect.addFlashAttribute("flashArg", code);
        return "redirect:/back/catalogue";
    }

    private String form(Model model, Long id) {
        model.addAttribute("itemId", id);
        model.addAttribute("units", Unit.values());
        model.addAttribute("vatRates", VatRate.values());
        model.addAttribute("recurrences", Recurrence.values());
        return "catalogue/form";
    }
}
