package fr.guichet.requests.web;

import fr.guichet.customers.CustomerPanel;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Message;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.RequestManagement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The customer screen's requests panel: open ones first, then the latest, each with its last public message. */
@Component
class RequestsCustomerPanel implements CustomerPanel {

    private final RequestManagement requests;
    private final UserManagement users;
    private final RequestPages pages;

    RequestsCustomerPanel(RequestManagement requests, UserManagement users, RequestPages pages) {
        this.requests = requests;
        this.users = users;
        this.pages = pages;
    }

    /** A request and the last message the customer saw. */
    record Line(QueueItem request, Message lastMessage) {}

    @Override
    public int order() {
        return 30; // after the money and the quotes: a billing question is answered at the top of the screen
    }

    @Override
    public String fragment() {
        return "requests/customer-panel :: panel";
    }

    @Override
    public Map<String, Object> model(long organisationId) {
        List<QueueItem> items = requests.ofOrganisation(organisationId, 30).stream()
                .sorted(Comparator.comparing((QueueItem i) -> !i.status().isOpen()))
                .toList();
        List<Line> lines = items.stream()
                .map(item -> {
                    List<Message> conversation = requests.conversation(item.id(), false);
                    return new Line(item, conversation.isEmpty() ? null : conversation.get(conversation.size() - 1));
                })
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("lines", lines);
        model.put("organisationId", organisationId);
        model.put("openCount", items.stream().filter(i -> i.status().isOpen()).count());
        model.put(
                "userNames", users.names(items.stream().map(QueueItem::ownerId).toList()));
        model.put("teamNames", pages.teamNames());
        model.put("now", requests.now());
        // a request opens only for who may see it (in the back office: what is or was with one's team, or billing's)
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        Set<Long> openable = signedIn != null && signedIn.getPrincipal() instanceof AccountPrincipal user
                ? requests.visibleAmong(user, items).stream().map(QueueItem::id).collect(Collectors.toSet())
                : Set.of();
        model.put("openable", openable);
        return model;
    }
}
