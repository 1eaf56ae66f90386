package fr.guichet.requests;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.internal.AttachmentStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to requests: who may attach (the customer to their own request; staff who may work on it, see
 * {@link RequestAccess#mayWorkOn}), what the policy accepts, and who sees them (files attached for staff only never
 * reach the customer).
 */
@Service
@Transactional
public class AttachmentManagement {

    private final AttachmentStore attachments;
    private final AttachmentPolicy policy;
    private final RequestManagement requests;
    private final Clock clock;

    AttachmentManagement(
            AttachmentStore attachments, AttachmentPolicy policy, RequestManagement requests, Clock clock) {
        this.attachments = attachments;
        this.policy = policy;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * Attaches the files to the request, all or none: each is checked by the policy before any is saved. A customer
     * attaches to a request they may see, and their files are never internal; staff must be allowed to work on the
     * request, and to answer the customer for a file the customer will see. {@code internal}: for staff only, never shown
     * to the customer.
     */
    public void attach(Request request, List<NewAttachment> files, AccountPrincipal by, boolean internal) {
        boolean fromCustomer = by.getKind() == AccountKind.CUSTOMER;
        Request visible = requests.visibleTo(by, request.getReference());
        if (!fromCustomer) {
            if (!(internal && RequestAccess.mayAnswerTeam(by, visible))) {
                // the owner who answers the team's question sends files with the answer, for the team only
                RequestAccess.requireMayWorkOn(by, visible);
            }
            if (!internal && !requests.mayAnswerCustomer(by, visible)) {
                // a file the customer sees is an answer to the customer: the same rule as a public reply
                throw new RequestActRefused("requests.error.team-may-not-answer");
            }
        }
        if (files.isEmpty()) {
            throw new RequestRuleViolation("requests.attachment.error.none");
        }
        files.forEach(file -> violation(file.filename(), file.content().length).ifPresent(key -> {
            throw new RequestRuleViolation(key);
        }));
        for (NewAttachment file : files) {
            String name = AttachmentPolicy.safeName(file.filename());
            attachments.add(
                    visible.getId(),
                    name,
                    policy.contentType(name).orElseThrow(),
                    file.content(),
                    by.getDisplayName(),
                    fromCustomer,
                    internal && !fromCustomer,
                    clock.instant());
        }
    }

    /** The message key of what is wrong with a file, or empty when the policy accepts it. */
    public Optional<String> violation(String filename, long size) {
        return policy.violation(filename, size);
    }

    /** The files of a request; {@code withInternal}: also those attached by staff for staff. */
    @Transactional(readOnly = true)
    public List<Attachment> attachments(long requestId, boolean withInternal) {
        return attachments.of(requestId, withInternal);
    }

    /**
     * The files of a request this user sees: those attached for staff only go to those who see the internal work
     * ({@link RequestManagement#seesInternalWork}), never to a customer or to the colleague who asked.
     */
    @Transactional(readOnly = true)
    public List<Attachment> attachmentsFor(AccountPrincipal user, Request request) {
        return attachments.of(request.getId(), requests.seesInternalWork(user, request));
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> content(long requestId, long attachmentId) {
        return attachments.content(requestId, attachmentId);
    }

    public AttachmentPolicy policy() {
        return policy;
    }
}
