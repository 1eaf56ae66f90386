package fr.guichet.counter.web;

import fr.guichet.counter.CounterSetupManagement;
import fr.guichet.counter.CounterSetupManagement.Device;
import fr.guichet.shared.RuleViolation;
import fr.guichet.shared.web.PageAction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Administrators set the counter up: the reasons (letter, labels, order, active), the counters, the waiting threshold
 * that alerts the reception's leads, and the kiosk's and display's secret links (regenerated when a device is lost).
 */
@Controller
@RequestMapping("/back/admin/counter")
class AdminCounterController {

    private static final String HERE = "/back/admin/counter";

    private final CounterSetupManagement setup;
    private final DisplayBroadcaster displays;

    AdminCounterController(CounterSetupManagement setup, DisplayBroadcaster displays) {
        this.setup = setup;
        this.displays = displays;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("setup", setup.setup());
        model.addAttribute(
                "base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "counter/admin-counter";
    }

    @PostMapping("/reasons")
    String addReason(
            @RequestParam(required = false) @Nullable String letter,
            @RequestParam(required = false) @Nullable String labelFr,
            @RequestParam(required = false) @Nullable String labelEn,
            @RequestParam(defaultValue = "9") int position,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    setup.addReason(letter, labelFr, labelEn, position);
                    return PageAction.done(redirect, "counter.admin.saved", letter, HERE);
                },
                "reason-new",
                model);
    }

    @PostMapping("/reasons/{id}")
    String updateReason(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String letter,
            @RequestParam(required = false) @Nullable String labelFr,
            @RequestParam(required = false) @Nullable String labelEn,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "0") int position,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    setup.updateReason(id, version, letter, labelFr, labelEn, active, position);
                    return PageAction.done(redirect, "counter.admin.saved", letter, HERE);
                },
                "reason-" + id,
                model);
    }

    @PostMapping("/desks")
    String addDesk(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "9") int position,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    setup.addDesk(name, position);
                    return PageAction.done(redirect, "counter.admin.saved", name, HERE);
                },
                "desk-new",
                model);
    }

    @PostMapping("/desks/{id}")
    String updateDesk(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "0") int position,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    setup.updateDesk(id, version, name, active, position);
                    return PageAction.done(redirect, "counter.admin.saved", name, HERE);
                },
                "desk-" + id,
                model);
    }

    @PostMapping("/threshold")
    String threshold(
            @RequestParam(defaultValue = "0") int thresholdMinutes,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                () -> {
                    setup.changeThreshold(thresholdMinutes, version);
                    return PageAction.done(redirect, "counter.admin.threshold.saved", thresholdMinutes, HERE);
                },
                "threshold",
                model);
    }

    @PostMapping("/devices/{device:kiosk|display}/regenerate")
    String regenerate(@PathVariable String device, RedirectAttributes redirect) {
        Device regenerated = Device.valueOf(device.toUpperCase(java.util.Locale.ROOT));
        setup.regenerate(regenerated);
        if (regenerated == Device.DISPLAY) {
            displays.closeAll();
        }
        return PageAction.done(redirect, "counter.admin.regenerated", device, HERE);
    }

    /** The page again with the reason next to the form it concerns ({@code where}). */
    private String act(PageAction.Change change, String where, Model model) {
        try {
            return change.make();
        } catch (RuleViolation refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("errorAt", where);
            return page(model);
        } catch (org.springframework.dao.OptimisticLockingFailureException changed) {
            model.addAttribute("error", "counter.error.changed");
            model.addAttribute("errorAt", where);
            return page(model);
        }
    }
}
