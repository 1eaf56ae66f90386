package fr.guichet.requests.web;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerPanel;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Actor;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.Category;
import fr.guichet.requests.ComposerAct;
import fr.guichet.requests.HistoryEntry;
import fr.guichet.requests.Message;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestAccess;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestPanel;
import fr.guichet.requests.RequestPresenceManagement;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.WorkManagement;
import fr.guichet.shared.web.PageAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the request pages of every zone show: names for ids, the conversation, the history and the path. */
@Component
class RequestPages {

    private final RequestManagement requests;
    private final AttachmentManagement attachments;
    private final UserManagement users;
    private final TeamManagement teams;
    private final CustomerManagement customers;
    private final RequestPresenceManagement presence;
    private final ObjectProvider<CustomerPanel> panels;
    private final ObjectProvider<RequestPanel> requestPanels;
    private final WorkManagement work;

    RequestPages(
            RequestManagement requests,
            AttachmentManagement attachments,
            UserManagement users,
            TeamManagement teams,
            CustomerManagement customers,
            RequestPresenceManagement presence,
            ObjectProvider<CustomerPanel> panels,
            ObjectProvider<RequestPanel> requestPanels,
            WorkManagement work) {
        this.work = work;
        this.requests = requests;
        this.attachments = attachments;
        this.users = users;
        this.teams = teams;
        this.customers = customers;
        this.presence = presence;
        this.panels = panels;
        this.requestPanels = requestPanels;
    }

    /** A customer panel rendered in the side panel: its fragment and its model. */
    record RenderedPanel(String fragment, Map<String, Object> model) {}

    /**
     * The staff request page of a zone ("desk" or "back"): one timeline, the composer with the acts this user may do,
     * the side panel (who, where, priority, category, the customer's context, the rating), who else is on the page,
     * and the next request of the user's queue.
     */
    void page(Model model, AccountPrincipal user, Request request, String zone) {
        detail(model, user, request);
        if ("back".equals(zone)) {
            backExtras(model, user, request);
        }
        @SuppressWarnings("unchecked")
        List<HistoryEntry> history = (List<HistoryEntry>) model.getAttribute("history");
        @SuppressWarnings("unchecked")
        List<Message> conversation = (List<Message>) model.getAttribute("messages");
        Set<ComposerAct> acts = requests.actsFor(user, request);
        model.addAttribute("zone", zone);
        model.addAttribute("requestPanels", requestPanels(user, request, zone));
        model.addAttribute("timeline", Timeline.of(conversation, history));
        model.addAttribute("seen", history.size());
        model.addAttribute("acts", List.copyOf(acts));
        if (!model.containsAttribute("act")) {
            model.addAttribute("act", acts.isEmpty() ? null : acts.iterator().next());
        }
        model.addAttribute("composerStatuses", composerStatuses(acts));
        model.addAttribute("mayWork", RequestAccess.mayWorkOn(user, request));
        model.addAttribute("mayRecordWork", !acts.isEmpty() && work.mayRecord(user, request));
        model.addAttribute("priorities", Priority.values());
        model.addAttribute(
                "categories", request.isInternal() ? Category.internalCategories() : Category.customerCategories());
        model.addAttribute("others", presence.others(user, request));
        model.addAttribute("nextReference", next(user, request, zone));
        model.addAttribute("otherOpen", otherOpen(user, request));
        model.addAttribute(
                "panels",
                "desk".equals(zone) && request.getOrganisationId() != null
                        ? panels.orderedStream()
                                .filter(panel -> !(panel instanceof RequestsCustomerPanel))
                                .sorted(Comparator.comparingInt(CustomerPanel::order))
                                .map(panel ->
                                        new RenderedPanel(panel.fragment(), panel.model(request.getOrganisationId())))
                                .toList()
                        : List.of());
    }

    /** The blocks other modules add to the request's side panel for this reader (quotes, time and invoices…). */
    private List<RenderedPanel> requestPanels(AccountPrincipal user, Request request, String zone) {
        RequestPanel.Subject subject = new RequestPanel.Subject(
                request.getId(),
                request.getReference(),
                request.getOrganisationId(),
                request.getCategory(),
                request.getStatus(),
                zone,
                user);
        return requestPanels
                .orderedStream()
                .sorted(Comparator.comparingInt(RequestPanel::order))
                .flatMap(panel -> panel.model(subject).stream()
                        .map(panelModel -> new RenderedPanel(panel.fragment(), panelModel)))
                .toList();
    }

    /** The statuses the composer offers to set with the act: resolving goes only with a reply to the requester. */
    private static List<RequestStatus> composerStatuses(Set<ComposerAct> acts) {
        List<RequestStatus> statuses =
                new ArrayList<>(List.of(RequestStatus.IN_PROGRESS, RequestStatus.WAITING_CUSTOMER));
        if (acts.contains(ComposerAct.REPLY)) {
            statuses.add(RequestStatus.RESOLVED);
        }
        return statuses;
    }

    /** The request after this one in the user's queue (the front office's at the desk, their team's in the back). */
    private String next(AccountPrincipal user, Request request, String zone) {
        QueueFilter filter;
        if ("desk".equals(zone)) {
            filter = QueueFilter.frontOffice(null, false, null, null, NEXT_WINDOW);
        } else if (user.getTeamId() != null) {
            filter = new QueueFilter(
                    user.getTeamId(), null, null, null, null, null, false, null, false, null, null, NEXT_WINDOW);
        } else {
            return null;
        }
        List<QueueItem> queue = requests.queue(filter);
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id() == request.getId()) {
                QueueItem next = queue.get((i + 1) % queue.size()); // after the last, the queue starts again
                return next.id() == request.getId() ? null : next.reference();
            }
        }
        return queue.isEmpty() ? null : queue.get(0).reference();
    }

    /** The requester's other open requests that the user may open: of their organisation, or a colleague's own. */
    private List<QueueItem> otherOpen(AccountPrincipal user, Request request) {
        List<QueueItem> items = request.getOrganisationId() != null
                ? requests.ofOrganisation(request.getOrganisationId(), 30)
                : request.getRequesterUserId() != null
                        ? requests.ofRequester(request.getRequesterUserId(), 30)
                        : List.of();
        return requests.visibleAmong(user, items).stream()
                .filter(item -> item.status().isOpen() && item.id() != request.getId())
                .limit(5)
                .toList();
    }

    /** How far the next request of a queue is looked for. */
    private static final int NEXT_WINDOW = 200;

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
        boolean internal = requests.seesInternalWork(user, request);
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
        if (user.hasRole(Role.CUSTOMER)) {
            model.addAttribute("requestPanels", requestPanels(user, request, "portal"));
        }
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
        ComposerAct written = composerActOf(action);
        if (written != null) {
            model.addAttribute("act", written);
        }
        page(model, user, request, zone);
        String place = written != null ? "composer" : action;
        model.addAttribute("errorAction", place);
        if ("requests.error.conflict".equals(error)) {
            model.addAttribute("changes", changesSinceTheFormWasRead(request));
        }
        model.addAttribute("errorElsewhere", !shown(place, model, request, zone));
        model.addAttribute("errorKey", error);
        model.addAttribute("typed", typed);
        model.addAttribute("pagePath", "/" + zone + "/requests/" + reference);
        return "requests/" + zone + "-request";
    }

    /**
     * Whether the page shows the place of an action (where its error goes): the composer when the user may write, a
     * side form when its conditions hold. Otherwise the error is shown at the top of the page.
     */
    static boolean shown(String place, Model model, Request request, String zone) {
        boolean open = request.getStatus().isOpen();
        return switch (place) {
            case "composer", "attach" -> !((List<?>) model.getAttribute("acts")).isEmpty();
            case "priority", "category" -> Boolean.TRUE.equals(model.getAttribute("mayWork")) && open;
            case "take" -> "desk".equals(zone) && open && request.getOwnerId() == null;
            case "handoff" -> "desk".equals(zone) && open && request.isAtFrontOffice();
            case "assign", "transfer" ->
                "back".equals(zone) && Boolean.TRUE.equals(model.getAttribute("holds")) && open;
            default -> false;
        };
    }

    /**
     * What changed since the page whose form was sent was read: every form of the request page carries {@code seen},
     * the number of history lines it showed.
     */
    private List<HistoryEntry> changesSinceTheFormWasRead(Request request) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String seen = attributes.getRequest().getParameter("seen");
            if (seen != null && seen.matches("\\d{1,9}")) {
                return requests.historySince(request.getId(), Integer.parseInt(seen));
            }
        }
        return List.of();
    }

    /** The composer's act that the older one-act forms (still answered, for links and scripts) stand for. */
    private static ComposerAct composerActOf(String action) {
        return switch (action) {
            case "reply", "resolve" -> ComposerAct.REPLY;
            case "ask" -> ComposerAct.ASK_OWNER;
            case "return" -> ComposerAct.RETURN_TO_OWNER;
            case "note" -> ComposerAct.NOTE;
            default -> null;
        };
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
