package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.BusinessHours;
import fr.guichet.shared.BusinessCalendar;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set the business hours service levels are counted in: days, opening and closing times, zone. */
@Controller
@RequestMapping("/back/admin/business-hours")
class AdminBusinessHoursController {

    /** Metropolitan France, its neighbours, and the overseas departments and territories. */
    static final List<String> ZONES = List.of(
            "Europe/Paris",
            "Europe/Brussels",
            "Europe/Luxembourg",
            "Europe/Zurich",
            "Europe/Monaco",
            "America/Guadeloupe",
            "America/Martinique",
            "America/Cayenne",
            "Indian/Reunion",
            "Indian/Mayotte",
            "America/Miquelon",
            "Pacific/Noumea",
            "Pacific/Tahiti",
            "Pacific/Wallis");

    private final BusinessHours hours;

    AdminBusinessHoursController(BusinessHours hours) {
        this.hours = hours;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", BusinessHoursForm.of(hours.current()));
        return page(model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal admin,
            @Valid @ModelAttribute("form") BusinessHoursForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.zone() != null && !form.zone().isBlank() && !ZONES.contains(form.zone())) {
            errors.rejectValue("zone", "typeMismatch");
        }
        if (form.days() == null || form.days().isEmpty()) {
            errors.rejectValue("days", "requests.hours.error.days");
        } else if (form.dayValues().isEmpty()) {
            errors.rejectValue("days", "typeMismatch");
        }
        if (!errors.hasFieldErrors("opens")
                && !errors.hasFieldErrors("closes")
                && !LocalTime.parse(form.opens()).isBefore(LocalTime.parse(form.closes()))) {
            errors.rejectValue("closes", "requests.hours.error.order");
        }
        if (!errors.hasErrors()) {
            try {
                hours.change(
                        new BusinessCalendar(
                                ZoneId.of(form.zone()),
                                LocalTime.parse(form.opens()),
                                LocalTime.parse(form.closes()),
                                form.dayValues().orElseThrow()),
                        form.version(),
                        admin.getDisplayName());
                redirect.addFlashAttribute("flash", "requests.hours.saved");
                return "redirect:/back/admin/business-hours";
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("zones", ZONES);
        model.addAttribute("weekDays", DayOfWeek.values());
        model.addAttribute("current", hours.current());
        return "requests/admin-business-hours";
    }
}
