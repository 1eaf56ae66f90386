package fr.guichet.requests.web;

import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.Priority;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RoutingRule;
import fr.guichet.requests.RoutingRuleManagement;
import fr.guichet.shared.Versions;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
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

/** /back/admin/routing: the rules that decide where a new request goes and with which priority. */
@Controller
@RequestMapping("/back/admin/routing")
class AdminRoutingController {

    private final RoutingRuleManagement routing;
    private final TeamManagement teams;

    AdminRoutingController(RoutingRuleManagement routing, TeamManagement teams) {
        this.routing = routing;
        this.teams = teams;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", routing.routingRules());
        model.addAttribute(
                "teamsByCode", teams.teams().stream().collect(Collectors.toMap(t -> t.getCode(), t -> t.getName())));
        return "requests/admin-routing";
    }

    @GetMapping("/new")
    String create(Model model) {
        int last = routing.routingRules().stream()
                .mapToInt(RoutingRule::getPosition)
                .max()
                .orElse(0);
        model.addAttribute("form", RoutingRuleForm.blank(last + 10));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") RoutingRuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(null, form, errors, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", RoutingRuleForm.of(routing.routingRule(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RoutingRuleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(id, form, errors, model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        routing.deleteRoutingRule(id);
        redirect.addFlashAttribute("flash", "routing.rules.deleted");
        return "redirect:/back/admin/routing";
    }

    private String save(Long id, RoutingRuleForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                RoutingRule rule;
                if (id == null) {
                    rule = RoutingRule.of(
                            form.position(),
                            form.category(),
                            form.channel(),
                            form.segment(),
                            form.keyword(),
                            form.teamCode(),
                            form.priority());
                } else {
                    rule = routing.routingRule(id);
                    Versions.require("Routing rule " + id, rule.getVersion(), form.version());
                    rule.change(
                            form.position(),
                            form.category(),
                            form.channel(),
                            form.segment(),
                            form.keyword(),
                            form.teamCode(),
                            form.priority(),
                            Boolean.TRUE.equals(form.active()));
                }
                routing.saveRoutingRule(rule);
                redirect.addFlashAttribute("flash", "routing.rules.saved");
                return "redirect:/back/admin/routing";
            } catch (RequestRuleViolation violation) {
                errors.rejectValue("teamCode", violation.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        model.addAttribute("ruleId", id);
        model.addAttribute("categories", Category.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("teams", teams.teams());
        return "requests/admin-routing-form";
    }
}
