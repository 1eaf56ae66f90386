package fr.guichet.requests.web;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.ComposerAct;
import fr.guichet.requests.ComposerManagement;
import fr.guichet.requests.Composition;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.Message;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Priority;
import fr.guichet.requests.QueueAccess;
import fr.guichet.requests.QueueFilter;
import fr.guichet.requests.QueueItem;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestRuleViolation;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.web.RequestApiModels.CreateRequest;
import fr.guichet.requests.web.RequestApiModels.HandOff;
import fr.guichet.requests.web.RequestApiModels.HistoryView;
import fr.guichet.requests.web.RequestApiModels.MessageView;
import fr.guichet.requests.web.RequestApiModels.Page;
import fr.guichet.requests.web.RequestApiModels.PostMessage;
import fr.guichet.requests.web.RequestApiModels.QueueEntry;
import fr.guichet.requests.web.RequestApiModels.RequestView;
import fr.guichet.requests.web.RequestApiModels.Resolve;
import fr.guichet.requests.web.RequestApiModels.UpdateRequest;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/requests}: the requests API, with the pages' access rules — a customer's token sees its
 * organisation's requests, front-office and admin tokens see all, back-office tokens their team's; anything else is
 * 404. Errors are problem details (RFC 9457).
 */
@RestController
@RestApi
@RequestMapping("/api/v1/requests")
class RequestApiController {

    private static final int MAX_PAGE = 200;

    private final RequestManagement requests;
    private final ComposerManagement composer;

    RequestApiController(RequestManagement requests, ComposerManagement composer) {
        this.requests = requests;
        this.composer = composer;
    }

    @PostMapping
    ResponseEntity<RequestView> create(
            @AuthenticationPrincipal AccountPrincipal caller, @Valid @RequestBody CreateRequest body) {
        if (body.category().isInternal() && caller.getKind() == AccountKind.CUSTOMER) {
            throw new RequestRuleViolation("requests.error.internal-for-staff");
        }
        NewRequest details = caller.getKind() == AccountKind.CUSTOMER
                ? NewRequest.fromCustomer(body.subject(), body.description(), body.category(), caller)
                : new NewRequest(
                        body.subject(),
                        body.description(),
                        body.category(),
                        body.category().isInternal()
                                ? Channel.INTERNAL
                                : (body.channel() == null ? Channel.EMAIL : body.channel()),
                        body.organisationId(),
                        body.category().isInternal() ? caller.getId() : null,
                        body.requesterName() == null || body.requesterName().isBlank()
                                ? caller.getDisplayName()
                                : body.requesterName(),
                        body.requesterEmail(),
                        caller.hasRole(Role.FRONT_OFFICE) ? caller.getId() : null);
        Request created = requests.submit(details, RequestPages.actor(caller));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.getReference()))
                .body(RequestView.of(created));
    }

    /**
     * A queue, sorted by due time: a team's ({@code teamId}; back-office tokens get their own team), or the front
     * office's when none is given. {@code cursor} comes from the previous page.
     */
    @GetMapping
    Page<QueueEntry> list(
            @AuthenticationPrincipal AccountPrincipal caller,
            @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) Long assigneeId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) DueWindow due,
            @RequestParam(required = false) AgeBucket age,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        if (caller.getKind() == AccountKind.CUSTOMER) {
            List<QueueItem> own = caller.getCustomerOrganisationId() == null
                    ? requests.ofRequester(caller.getId(), MAX_PAGE)
                    : requests.ofOrganisation(caller.getCustomerOrganisationId(), MAX_PAGE);
            return new Page<>(own.stream().map(QueueEntry::of).toList(), null);
        }
        Long team = QueueAccess.queueFor(caller, teamId);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        Instant afterDue = null;
        Long afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                afterDue = Instant.parse(parts[0]);
                afterId = Long.valueOf(parts[1]);
            } catch (RuntimeException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid cursor");
            }
        }
        List<QueueItem> items = requests.queue(new QueueFilter(
                        team,
                        status,
                        category,
                        priority,
                        null,
                        assigneeId,
                        false,
                        null,
                        overdue,
                        afterDue,
                        afterId,
                        size + 1)
                .withDue(due)
                .withAge(age));
        boolean more = items.size() > size;
        List<QueueItem> page = more ? items.subList(0, size) : items;
        String next = more
                ? Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString((page.get(size - 1).resolutionDue() + "|"
                                        + page.get(size - 1).id())
                                .getBytes(StandardCharsets.UTF_8))
                : null;
        return new Page<>(page.stream().map(QueueEntry::of).toList(), next);
    }

    @GetMapping("/{reference}")
    RequestView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference) {
        return RequestView.of(requests.visibleTo(caller, reference));
    }

    @PatchMapping("/{reference}")
    RequestView update(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @Valid @RequestBody UpdateRequest body) {
        Request request = staffOnly(caller, reference);
        return RequestView.of(requests.update(
                request.getId(),
                body.version(),
                body.priority(),
                body.category(),
                body.assigneeId(),
                body.status(),
                body.answer(),
                caller));
    }

    @PostMapping("/{reference}/handoff")
    RequestView handOff(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @Valid @RequestBody HandOff body) {
        Request request = staffOnly(caller, reference);
        Request changed = request.isAtFrontOffice()
                ? requests.handOff(request.getId(), body.version(), body.teamId(), body.note(), caller)
                : requests.transfer(request.getId(), body.version(), body.teamId(), body.note(), caller);
        return RequestView.of(changed);
    }

    @PostMapping("/{reference}/messages")
    ResponseEntity<RequestView> post(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @Valid @RequestBody PostMessage body) {
        Request request = requests.visibleTo(caller, reference);
        Request changed;
        if (caller.getKind() == AccountKind.CUSTOMER) {
            changed = requests.customerReply(request.getId(), body.body(), RequestPages.actor(caller));
        } else {
            ComposerAct act = body.act() != null
                    ? body.act()
                    : body.visibility() == Message.Visibility.INTERNAL ? ComposerAct.NOTE : ComposerAct.REPLY;
            changed = composer.send(
                    request.getId(),
                    body.version(),
                    new Composition(act, body.body(), body.status(), List.of()),
                    caller);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(RequestView.of(changed));
    }

    @PostMapping("/{reference}/resolve")
    RequestView resolve(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @Valid @RequestBody Resolve body) {
        Request request = staffOnly(caller, reference);
        return RequestView.of(requests.resolve(request.getId(), body.version(), body.answer(), caller));
    }

    @GetMapping("/{reference}/messages")
    List<MessageView> messages(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference) {
        Request request = requests.visibleTo(caller, reference);
        return requests.conversation(request.getId(), requests.seesInternalWork(caller, request)).stream()
                .map(MessageView::of)
                .toList();
    }

    @GetMapping("/{reference}/history")
    List<HistoryView> history(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference) {
        Request request = requests.visibleTo(caller, reference);
        return requests.historyFor(caller, request).stream()
                .map(HistoryView::of)
                .toList();
    }

    /** Changes by staff only; a customer's token is answered as if the request were not there to change. */
    private Request staffOnly(AccountPrincipal caller, String reference) {
        Request request = requests.visibleTo(caller, reference);
        if (caller.getKind() == AccountKind.CUSTOMER) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Customers cannot change a request's handling");
        }
        return request;
    }
}
