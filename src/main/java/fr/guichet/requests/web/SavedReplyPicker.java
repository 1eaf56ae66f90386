package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.SavedReply;
import fr.guichet.requests.SavedReplyManagement;
import fr.guichet.requests.SavedReplyRefused;
import fr.guichet.requests.UnknownRequest;
import fr.guichet.shared.Language;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the picker fragment ({@code requests/saved-replies :: picker(zone, reference)}) lists, read by the template
 * itself ({@code @savedReplyPicker}) so that a page includes the picker without preparing anything.
 */
@Component("savedReplyPicker")
public class SavedReplyPicker {

    /** The replies for a request: those in the customer's language first (their language named), then the others. */
    public record Choices(Language customerLanguage, List<SavedReply> inCustomerLanguage, List<SavedReply> others) {

        public boolean isEmpty() {
            return inCustomerLanguage.isEmpty() && others.isEmpty();
        }
    }

    private final SavedReplyManagement replies;
    private final RequestManagement requests;

    SavedReplyPicker(SavedReplyManagement replies, RequestManagement requests) {
        this.replies = replies;
        this.requests = requests;
    }

    /** The choices of a signed-in staff member on a request they see; none otherwise. */
    public Choices of(Object principal, String reference) {
        if (!(principal instanceof AccountPrincipal user)) {
            return new Choices(Language.FR, List.of(), List.of());
        }
        try {
            Language customer = replies.customerLanguage(requests.visibleTo(user, reference));
            List<SavedReply> all = replies.forRequest(user, reference);
            return new Choices(
                    customer,
                    all.stream().filter(r -> r.getLanguage() == customer).toList(),
                    all.stream().filter(r -> r.getLanguage() != customer).toList());
        } catch (UnknownRequest | SavedReplyRefused notForThisUser) {
            return new Choices(Language.FR, List.of(), List.of());
        }
    }
}
