package fr.guichet.requests.web;

import fr.guichet.customers.CustomerPortalPanel;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.RequestManagement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal home's requests: the customer's open requests, their state and who follows them (the interlocutor). */
@Component
class RequestsPortalPanel implements CustomerPortalPanel {

    static final int SHOWN = 10;

    private final RequestManagement requests;
    private final UserManagement users;

    RequestsPortalPanel(RequestManagement requests, UserManagement users) {
        this.requests = requests;
        this.users = users;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "requests/portal-panel :: panel";
    }

    @Override
    public Map<String, Object> model(@Nullable Long organisationId, long userId) {
        List<QueueItem> open = PortalRequestFilter.requestsOf(requests, organisationId, userId).stream()
                .filter(item -> item.status().isOpen())
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("open", open.size() > SHOWN ? open.subList(0, SHOWN) : open);
        model.put("openCount", open.size());
        model.put("userNames", users.names(open.stream().map(QueueItem::ownerId).toList()));
        return model;
    }
}
