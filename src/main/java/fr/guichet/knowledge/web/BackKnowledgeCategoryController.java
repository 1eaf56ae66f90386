package fr.guichet.knowledge.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.KnowledgeActRefused;
import fr.guichet.knowledge.KnowledgeCategory;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.knowledge.KnowledgePublishingPolicy;
import fr.guichet.knowledge.KnowledgeRuleViolation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The help centre's sections: every back-office member sees them; a team lead, a webmaster or an administrator adds,
 * renames, orders and removes them (an empty one only).
 */
@Controller
@RequestMapping("/back/knowledge/categories")
class BackKnowledgeCategoryController {

    private final KnowledgeManagement knowledge;

    BackKnowledgeCategoryController(KnowledgeManagement knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        if (!model.containsAttribute("form")) {
            List<KnowledgeCategory> all = knowledge.categories();
            int next =
                    all.stream().mapToInt(KnowledgeCategory::getPosition).max().orElse(0) + 10;
            model.addAttribute("form", CategoryForm.blank(next));
        }
        return page(model, user, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                KnowledgeCategory added =
                        knowledge.addCategory(form.slug(), form.nameFr(), form.nameEn(), form.position(), user);
                return done(redirect, "knowledge.category.saved", added.name(locale));
            } catch (KnowledgeRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (KnowledgeActRefused refused) {
                errors.reject(refused.messageKey());
            }
        }
        return page(model, user, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        KnowledgeCategory category = knowledge.category(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CategoryForm.of(category));
        }
        return page(model, user, category);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CategoryForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        KnowledgeCategory category = knowledge.category(id);
        if (!errors.hasErrors()) {
            try {
                KnowledgeCategory changed = knowledge.changeCategory(
                        id, form.version(), form.slug(), form.nameFr(), form.nameEn(), form.position(), user);
                return done(redirect, "knowledge.category.saved", changed.name(locale));
            } catch (KnowledgeRuleViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey());
            } catch (KnowledgeActRefused refused) {
                errors.reject(refused.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("admin.error.conflict");
            }
        }
        return page(model, user, category);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal user,
            Locale locale,
            RedirectAttributes redirect) {
        KnowledgeCategory category = knowledge.category(id);
        try {
            knowledge.removeCategory(id, version, user);
            return done(redirect, "knowledge.category.removed", category.name(locale));
        } catch (KnowledgeActRefused refused) {
            redirect.addFlashAttribute("error", refused.messageKey());
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("error", "admin.error.conflict");
        }
        return "redirect:/back/knowledge/categories";
    }

    private String page(Model model, AccountPrincipal user, @Nullable KnowledgeCategory editing) {
        model.addAttribute("categories", knowledge.categories());
        model.addAttribute("editing", editing);
        model.addAttribute("mayArrange", KnowledgePublishingPolicy.mayPublish(user));
        return "knowledge/back-categories";
    }

    private static String done(RedirectAttributes redirect, String message, String name) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArg", name);
        return "redirect:/back/knowledge/categories";
    }
}
