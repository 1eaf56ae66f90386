package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.requests.SavedReply;
import fr.guichet.requests.SavedReplyManagement;
import fr.guichet.requests.SavedReplyPlaceholder;
import fr.guichet.requests.SavedReplyRefused;
import fr.guichet.requests.SavedReplyScope;
import fr.guichet.requests.SavedReplyViolation;
import fr.guichet.shared.Language;
import fr.guichet.shared.web.PageAction;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * /desk/saved-replies and /back/saved-replies: the saved replies a person may use (their own, their team's; every
 * team's for an administrator), and their upkeep by the rules of {@link SavedReplyManagement}.
 */
@Controller
@RequestMapping("/{zone:desk|back}/saved-replies")
class SavedReplyController {

    private final SavedReplyManagement replies;
    private final TeamManagement teams;

    SavedReplyController(SavedReplyManagement replies, TeamManagement teams) {
        this.replies = replies;
        this.teams = teams;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String zone, Model model) {
        return listPage(user, zone, model, null);
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal AccountPrincipal user, @PathVariable String zone, Model model) {
        model.addAttribute("form", SavedReplyForm.blank(Language.ofCode(user.getLanguage())));
        return formPage(user, zone, model, null, true);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @ModelAttribute("form") SavedReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, zone, null, form, errors, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable long id,
            Model model) {
        SavedReply reply = replies.get(user, id);
        model.addAttribute("form", SavedReplyForm.of(reply));
        return formPage(user, zone, model, id, SavedReplyManagement.mayKeep(user, reply));
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable long id,
            @ModelAttribute("form") SavedReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return save(user, zone, id, form, errors, model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            Model model,
            RedirectAttributes redirect) {
        return PageAction.run(
                () -> {
                    replies.delete(user, id, version);
                    return PageAction.done(redirect, "savedreplies.deleted", null, "/" + zone + "/saved-replies");
                },
                "savedreplies.error.conflict",
                reason -> listPage(user, zone, model, reason));
    }

    private String save(
            AccountPrincipal user,
            String zone,
            Long id,
            SavedReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                if (id == null) {
                    replies.create(user, form.draft());
                } else {
                    replies.change(user, id, form.version(), form.draft());
                }
                return PageAction.done(redirect, "savedreplies.saved", form.title(), "/" + zone + "/saved-replies");
            } catch (SavedReplyViolation violation) {
                errors.rejectValue(violation.field(), violation.messageKey(), violation.messageArguments(), null);
            } catch (SavedReplyRefused refused) {
                errors.reject(refused.messageKey());
            } catch (OptimisticLockingFailureException conflict) {
                errors.reject("savedreplies.error.conflict");
            }
        }
        return formPage(user, zone, model, id, true);
    }

    private String listPage(AccountPrincipal user, String zone, Model model, String errorKey) {
        model.addAttribute("zone", zone);
        List<SavedReply> listed = replies.listedFor(user);
        model.addAttribute("replies", listed);
        model.addAttribute(
                "kept",
                listed.stream()
                        .filter(r -> SavedReplyManagement.mayKeep(user, r))
                        .map(SavedReply::getId)
                        .collect(Collectors.toSet()));
        model.addAttribute("teamNames", teamNames());
        model.addAttribute("placeholders", SavedReplyPlaceholder.values());
        model.addAttribute("errorKey", errorKey);
        return "requests/saved-replies-list";
    }

    private String formPage(AccountPrincipal user, String zone, Model model, Long id, boolean mayKeep) {
        model.addAttribute("zone", zone);
        model.addAttribute("replyId", id);
        model.addAttribute("reply", id == null ? null : replies.get(user, id));
        model.addAttribute("mayKeep", mayKeep);
        model.addAttribute("languages", Language.values());
        model.addAttribute(
                "scopes",
                SavedReplyManagement.mayKeepTeamReplies(user)
                        ? SavedReplyScope.values()
                        : new SavedReplyScope[] {SavedReplyScope.PERSONAL});
        model.addAttribute("chooseTeam", user.hasRole(Role.ADMIN));
        model.addAttribute("teams", teams.teams());
        model.addAttribute("teamNames", teamNames());
        model.addAttribute("placeholders", SavedReplyPlaceholder.values());
        return "requests/saved-replies-form";
    }

    private Map<Long, String> teamNames() {
        return teams.teams().stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }
}
