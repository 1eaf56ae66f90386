package fr.guichet.requests.web;

import fr.guichet.catalogue.Unit;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.NewWork;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestActRefused;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkKind;
import fr.guichet.requests.WorkManagement;
import fr.guichet.shared.VatRate;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/requests/{reference}/work}: the time and interventions recorded on a request, with the pages' rules
 * ({@code WorkPolicy}): whoever may work on the request reads, records, changes and removes them (until invoiced);
 * a request the caller may not see is 404, work that is not theirs to record 403.
 */
@RestController
@RestApi
@RequestMapping("/api/v1/requests/{reference}/work")
class WorkApiController {

    private final RequestManagement requests;
    private final WorkManagement work;

    WorkApiController(RequestManagement requests, WorkManagement work) {
        this.requests = requests;
        this.work = work;
    }

    /** Time or an intervention to record; a change sends the {@code version} read. */
    record WorkBody(
            Integer version,
            @NotNull WorkKind kind,
            Integer minutes,
            @Size(max = 30) String itemCode,
            BigDecimal quantity,
            Boolean billable,
            @Size(max = 500) String note,
            LocalDate workedOn) {

        NewWork toNewWork() {
            return new NewWork(kind, minutes, itemCode, quantity, billable, note, workedOn);
        }
    }

    /** A work entry as recorded. */
    record WorkView(
            long id,
            WorkKind kind,
            Integer minutes,
            String itemCode,
            String label,
            Unit unit,
            BigDecimal quantity,
            BigDecimal unitPrice,
            VatRate vatRate,
            BigDecimal net,
            boolean billable,
            String note,
            LocalDate workedOn,
            String recordedBy,
            Instant recordedAt,
            boolean invoiced,
            int version) {

        static WorkView of(WorkEntry e) {
            return new WorkView(
                    e.getId(),
                    e.getKind(),
                    e.getMinutes(),
                    e.getItemCode(),
                    e.getLabel(),
                    e.getUnit(),
                    e.getQuantity(),
                    e.getUnitPrice().amount(),
                    e.getVatRate(),
                    e.net().amount(),
                    e.isBillable(),
                    e.getNote(),
                    e.getWorkedOn(),
                    e.getRecordedByName(),
                    e.getRecordedAt(),
                    e.isInvoiced(),
                    e.getVersion());
        }
    }

    @GetMapping
    List<WorkView> list(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference) {
        Request request = readable(caller, reference);
        return work.of(request.getId()).stream().map(WorkView::of).toList();
    }

    @PostMapping
    ResponseEntity<WorkView> record(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @Valid @RequestBody WorkBody body) {
        Request request = requests.visibleTo(caller, reference);
        WorkEntry entry = work.record(request.getId(), body.toNewWork(), caller);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + reference + "/work/" + entry.getId()))
                .body(WorkView.of(entry));
    }

    @GetMapping("/{id}")
    WorkView get(
            @AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference, @PathVariable long id) {
        Request request = readable(caller, reference);
        return WorkView.of(work.entryOf(request.getId(), id));
    }

    @PutMapping("/{id}")
    WorkView change(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @PathVariable long id,
            @Valid @RequestBody WorkBody body) {
        Request request = requests.visibleTo(caller, reference);
        if (body.version() == null) {
            throw new fr.guichet.requests.WorkRuleViolation("version", "worklog.error.version-required");
        }
        return WorkView.of(work.change(request.getId(), id, body.version(), body.toNewWork(), caller));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable String reference,
            @PathVariable long id,
            @RequestParam int version) {
        Request request = requests.visibleTo(caller, reference);
        work.remove(request.getId(), id, version, caller);
        return ResponseEntity.noContent().build();
    }

    /** The request, if the caller may read its work (those who may record it); a customer's token is refused. */
    private Request readable(AccountPrincipal caller, String reference) {
        Request request = requests.visibleTo(caller, reference);
        if (!work.mayRecord(caller, request)) {
            throw new RequestActRefused("worklog.error.not-yours");
        }
        return request;
    }
}
