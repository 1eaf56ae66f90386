package fr.guichet.requests;

import fr.guichet.identity.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request page's composer, for the pages and the API alike: the act, the status set with it and the files sent
 * with it, in one transaction — a refused file or a refused status leaves the request as it was. Files are public
 * with a reply, internal with every other act. The time spent given with the act is recorded in the same
 * transaction: refused time leaves the request as it was, and a refused act records no time.
 */
@Service
@Transactional
public class ComposerManagement {

    private final RequestManagement requests;
    private final AttachmentManagement attachments;
    private final WorkManagement work;

    ComposerManagement(RequestManagement requests, AttachmentManagement attachments, WorkManagement work) {
        this.requests = requests;
        this.attachments = attachments;
        this.work = work;
    }

    public Request send(long id, int version, Composition composition, AccountPrincipal by) {
        if (composition.act() == null) {
            throw new RequestRuleViolation("requests.composer.error.act-required");
        }
        composition
                .files()
                .forEach(file -> attachments
                        .violation(file.filename(), file.content().length)
                        .ifPresent(key -> {
                            throw new RequestRuleViolation(key);
                        }));
        if (!composition.files().isEmpty()) {
            // before the act, by the rights the user has on the request as they found it (a return to the owner
            // ends the team's hold); the act's version check then refuses both if someone changed it meanwhile
            attachments.attach(
                    requests.get(id), composition.files(), by, composition.act().isInternal());
        }
        if (composition.work() != null) {
            // before the act, by the rights the user has on the request as they found it (a return to the owner
            // ends the team's hold, not the time its member spent)
            work.record(id, composition.work(), by);
        }
        return requests.compose(id, version, composition.act(), composition.body(), composition.status(), by);
    }
}
