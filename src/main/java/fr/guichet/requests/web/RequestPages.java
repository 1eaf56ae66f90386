package fr.guichet.requests.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Actor;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.Message;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestAccess;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.web.PageAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the request pages of every zone show: names for ids, the conversation, the history and the path. */
@Component
class RequestPages {

    private final RequestManagement requests;
    private final AttachmentManagement attachments;
    private final UserManagement users;
    private final TeamManagement teams;
    private final CustomerManagement customers;

    RequestPages(
            RequestManagement requests,
            AttachmentManagement attachments,
            UserManagement users,
            TeamManagement teams,
            CustomerManagement customers) {
        this.requests = requests;
        this.attachments = attachments;
        this.users = users;
        this.teams = teams;
        this.customers = customers;
    }

    static Actor actor(AccountPrincipal user) {
        return Actor.of(user);
    }

    /** Names for the ids a list of requests mentions. */
    void list(Model model, List<QueueItem> items) {
        Set<Long> people = new HashSet<>();
        items.forEach(i -> {
            people.add(i.ownerId());
            people.add(i.assigneeId());
        });
        model.addAttribute("items", items);
        model.addAttribute("userNames", users.names(people));
        model.addAttribute("teamNames", teamNames());
        model.addAttribute(
                "organisationNames",
                customers.names(items.stream().map(QueueItem::organisationId).toList()));
        model.addAttribute("now", requests.now());
    }

    /**
     * The request as this user sees it: its conversation and files (staff: with what is for staff only), its history
     * (a customer: what customers are shown of it) and, for staff, its path.
     */
    void detail(Model model, AccountPrincipal user, Request request) {
        boolean internal = user.getKind() != AccountKind.CUSTOMER;
        List<Message> conversation = requests.conversation(request.getId(), internal);
        Collection<Long> people =
                new ArrayList<>(List.of(nullSafe(request.getOwnerId()), nullSafe(request.getAssigneeId())));
        model.addAttribute("request", request);
        model.addAttribute("messages", conversation);
        model.addAttribute("attachments", attachments.attachmentsFor(user, request));
        model.addAttribute("teamNames", teamNames());
        model.addAttribute("userNames", users.names(people));
        model.addAttribute(
                "organisationName",
                request.getOrganisationId() == null
                        ? null
                        : customers.names(List.of(request.getOrganisationId())).get(request.getOrganisationId()));
        model.addAttribute("now", requests.now());
        List<HistoryEntry> history = requests.historyFor(user, request);
        model.addAttribute("history", history);
        if (internal) {
            model.addAttribute("path", RequestManagement.path(history));
            model.addAttribute("pathOrigin", request.isInternal() ? request.getRequesterName() : null);
            model.addAttribute(
                    "teams",
                    teams.teams().stream()
                            .filter(t -> t.getOffice() == Office.BACK_OFFICE)
                            .toList());
        }
    }

    /**
     * Carries out an action on a request the user may see, then back to its page in the zone ("desk" or "back"); on a
     * broken rule (the domain checks who may do what) or a concurrent change, the page again with the message next to
     * the action and what was typed. Every staff action of every zone goes through here.
     */
    String act(
            AccountPrincipal user,
            String reference,
            Model model,
            RedirectAttributes redirect,
            String zone,
            String action,
            String typed,
            String flash,
            Consumer<Request> change) {
        Request request = requests.visibleTo(user, reference);
        return PageAction.run(
                () -> {
                    change.accept(request);
                    return PageAction.done(redirect, flash, reference, "/" + zone + "/requests/" + reference);
                },
                "requests.error.conflict",
                reason -> again(model, user, reference, zone, action, reason, typed));
    }

    private String again(
            Model model,
            AccountPrincipal user,
            String reference,
            String zone,
            String action,
            String error,
            String typed) {
        Request request = requests.visibleTo(user, reference);
        detail(model, user, request);
        if ("back".equals(zone)) {
            backExtras(model, user, request);
        }
        model.addAttribute("errorAction", action);
        model.addAttribute("errorKey", error);
        model.addAttribute("typed", typed);
        return "requests/" + zone + "-request";
    }

    /** What the back office's page adds: whether the user's team holds it, may answer the customer, who may take it. */
    void backExtras(Model model, AccountPrincipal user, Request request) {
        boolean holds = RequestAccess.worksFor(user, request);
        model.addAttribute("holds", holds);
        model.addAttribute("answersCustomers", holds && requests.mayAnswerCustomer(user, request));
        model.addAttribute("members", request.getTeamId() == null ? List.of() : users.membersOf(request.getTeamId()));
    }

    Map<Long, String> teamNames() {
        return teams.teams().stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    private static Long nullSafe(Long id) {
        return id == null ? -1L : id;
    }
}
