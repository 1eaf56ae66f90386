package fr.guichet.requests.web;

import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.RequestPanel;
import fr.guichet.requests.WorkEntry;
import fr.guichet.requests.WorkKind;
import fr.guichet.requests.WorkManagement;
import fr.guichet.shared.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The request page's work block, for staff who may record work on it ({@code WorkPolicy}): the time and interventions
 * recorded, covered or billable, invoiced or not, their totals, and the form to record more (and change or remove an
 * entry until it is invoiced). Customers never see it: they see what was billed.
 */
@Component
class WorkRequestPanel implements RequestPanel {

    private final RequestManagement requests;
    private final WorkManagement work;

    WorkRequestPanel(RequestManagement requests, WorkManagement work) {
        this.requests = requests;
        this.work = work;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "requests/work-panel :: panel";
    }

    @Override
    public Optional<Map<String, Object>> model(Subject subject) {
        if ("portal".equals(subject.zone())) {
            return Optional.empty();
        }
        Request request = requests.get(subject.requestId());
        if (!work.mayRecord(subject.reader(), request)) {
            return Optional.empty();
        }
        List<WorkEntry> entries = work.of(request.getId());
        int minutes = entries.stream()
                .filter(e -> e.getMinutes() != null)
                .mapToInt(WorkEntry::getMinutes)
                .sum();
        Money billable = entries.stream()
                .filter(WorkEntry::isBillable)
                .map(WorkEntry::net)
                .reduce(Money.zero(Money.EUR), Money::plus);
        Map<String, Object> model = new HashMap<>();
        model.put("zone", subject.zone());
        model.put("reference", subject.reference());
        model.put("entries", entries);
        model.put("totalTime", minutes == 0 ? null : fr.guichet.requests.WorkDuration.format(minutes));
        model.put("billableTotal", billable);
        model.put("hourlyItems", work.hourlyItems());
        model.put("interventionItems", work.interventionItems());
        model.put("today", work.today().toString());
        model.put(
                "coveredBy",
                work.hourlyItems().stream()
                        .findFirst()
                        .flatMap(item -> work.coveringContract(request, WorkKind.TIME, item.getCode(), work.today()))
                        .orElse(null));
        Map<Long, WorkForm> forms = new HashMap<>();
        entries.forEach(e -> forms.put(e.getId(), WorkForm.of(e)));
        model.put("forms", forms);
        model.put("timeForm", WorkForm.blank(WorkKind.TIME));
        model.put("interventionForm", WorkForm.blank(WorkKind.INTERVENTION));
        return Optional.of(model);
    }
}
