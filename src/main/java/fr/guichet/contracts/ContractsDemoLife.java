package fr.guichet.contracts;

import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.contracts.internal.ContractRepository;
import fr.guichet.contracts.internal.ContractVersions;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The contracts module's part of the demo company's year ({@link DemoActivity}, order 100): most customers hold a
 * managed-services contract with lines from the catalogue — running for years and renewed, signed during the year,
 * cancelled (some already ended), a few suspended — some one-off contracts (audits, training) long over, and drafts
 * being prepared for prospects and extensions. Each contract goes through the {@link Contract} aggregate's own
 * transitions at past instants and is saved with its versions, as {@link ContractManagement} does; the cancellation's
 * event is not published (the past reaches nobody), and renewals whose announcement window opened in the past count
 * as announced, so that the renewal job alerts about the future only.
 */
@Component
class ContractsDemoLife implements DemoActivity {

    private final ContractRepository contracts;
    private final ContractVersions versions;
    private final CatalogueManagement catalogue;
    private final CustomerManagement customers;
    private final ContractSettings settings;

    ContractsDemoLife(
            ContractRepository contracts,
            ContractVersions versions,
            CatalogueManagement catalogue,
            CustomerManagement customers,
            ContractSettings settings) {
        this.contracts = contracts;
        this.versions = versions;
        this.catalogue = catalogue;
        this.customers = customers;
        this.settings = settings;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "contracts";
    }

    /** A contract to play: for whom, drafted when, and what happens to it. */
    private record Plan(
            long organisationId,
            String title,
            LocalDate drafted,
            ContractTerms terms,
            List<ContractLine> lines,
            boolean signed,
            LocalDate cancelledOn,
            LocalDate suspendedOn) {}

    @Override
    public DemoOutcome play(DemoLife life) {
        List<CatalogueItem> recurring = items(true);
        List<CatalogueItem> oneOff = items(false);
        if (recurring.isEmpty()) {
            return new DemoOutcome("no contract: the catalogue has no recurring item");
        }
        SplittableRandom random = life.random(name());
        LocalDate today = life.lastDay();
        List<Plan> plans = new ArrayList<>();
        for (Organisation organisation : customers.all(10_000).stream()
                .sorted(Comparator.comparing(Organisation::getId))
                .toList()) {
            plans.addAll(plansFor(organisation, life, recurring, oneOff, random.split()));
        }
        plans.sort(Comparator.comparing(Plan::drafted));
        Map<ContractStatus, Integer> made = new EnumMap<>(ContractStatus.class);
        for (Plan plan : plans) {
            Contract contract = play(plan, life, today);
            made.merge(contract.getStatus(), 1, Integer::sum);
        }
        return new DemoOutcome(String.format(Locale.ROOT, "%,d contracts %s", plans.size(), made));
    }

    private List<Plan> plansFor(
            Organisation organisation,
            DemoLife life,
            List<CatalogueItem> recurring,
            List<CatalogueItem> oneOff,
            SplittableRandom r) {
        List<Plan> plans = new ArrayList<>();
        LocalDate first = life.firstDay();
        LocalDate today = life.lastDay();
        if (organisation.getStatus() == CustomerStatus.PROSPECT) {
            if (r.nextDouble() < 0.6) {
                LocalDate start = today.plusDays(15 + r.nextInt(30));
                plans.add(new Plan(
                        organisation.getId(),
                        "Proposition d’infogérance",
                        today.minusDays(1 + r.nextInt(40)),
                        new ContractTerms(start, start.plusYears(1).minusDays(1), true, 12, 60),
                        lines(recurring, 2, r),
                        false,
                        null,
                        null));
            }
            return plans;
        }
        if (r.nextDouble() < 0.9) {
            // most started before the year shown, and have renewed themselves since
            LocalDate start = first.minusMonths(30).plusDays(r.nextInt(30 * 30 + 330));
            boolean renews = r.nextDouble() < 0.85;
            ContractTerms terms =
                    new ContractTerms(start, start.plusYears(1).minusDays(1), renews, 12, r.nextBoolean() ? 60 : 90);
            LocalDate cancelled = null;
            LocalDate suspended = null;
            double fate = r.nextDouble();
            LocalDate earliest = start.plusDays(60).isAfter(first) ? start.plusDays(60) : first;
            if (fate < 0.12 && earliest.isBefore(today)) {
                cancelled = earliest.plusDays(r.nextInt((int) (today.toEpochDay() - earliest.toEpochDay()) + 1));
            } else if (fate < 0.15 && earliest.isBefore(today)) {
                suspended = earliest.plusDays(r.nextInt((int) (today.toEpochDay() - earliest.toEpochDay()) + 1));
            }
            plans.add(new Plan(
                    organisation.getId(),
                    "Contrat d’infogérance",
                    start.minusDays(10 + r.nextInt(20)),
                    terms,
                    lines(recurring, 2 + r.nextInt(3), r),
                    true,
                    cancelled,
                    suspended));
        }
        if (!oneOff.isEmpty() && r.nextDouble() < 0.35) {
            LocalDate start = first.plusDays(r.nextInt((int) (today.toEpochDay() - first.toEpochDay()) - 20));
            plans.add(new Plan(
                    organisation.getId(),
                    "Prestation ponctuelle",
                    start.minusDays(5 + r.nextInt(10)),
                    new ContractTerms(start, start.plusMonths(1), false, 0, 0),
                    lines(oneOff, 1, r),
                    true,
                    null,
                    null));
        }
        if (r.nextDouble() < 0.1) {
            LocalDate start = today.plusDays(10 + r.nextInt(30));
            plans.add(new Plan(
                    organisation.getId(),
                    "Extension : postes supplémentaires",
                    today.minusDays(r.nextInt(20)),
                    new ContractTerms(start, start.plusYears(1).minusDays(1), true, 12, 60),
                    lines(recurring, 1, r),
                    false,
                    null,
                    null));
        }
        return plans;
    }

    private Contract play(Plan plan, DemoLife life, LocalDate today) {
        Instant drafted = at(plan.drafted(), life, 10);
        String reference =
                String.format(Locale.ROOT, "CTR-%d-%05d", plan.drafted().getYear(), contracts.nextReferenceNumber());
        Contract contract = save(
                Contract.draft(reference, plan.organisationId(), plan.title(), plan.terms(), drafted),
                "drafted",
                drafted);
        for (ContractLine line : plan.lines()) {
            contract.addLine(line, drafted);
            contract = save(contract, "line-added", drafted);
        }
        if (!plan.signed()) {
            return contract;
        }
        Instant signed = at(plan.terms().start(), life, 9);
        contract.activate(signed);
        contract = save(contract, "activated", signed);
        if (plan.suspendedOn() != null) {
            Instant when = at(plan.suspendedOn(), life, 11);
            contract.suspend(when);
            contract = save(contract, "suspended", when);
        }
        if (plan.cancelledOn() != null) {
            Instant when = at(plan.cancelledOn(), life, 15);
            contract.cancel(plan.cancelledOn(), when, Contract.Confirmation.NONE);
            contract.clearEvents(); // the confirmation of the past reaches nobody
            contract = save(contract, "cancelled", when);
        }
        if (contract.endIfOver(today, life.end())) {
            contract = save(contract, "ended", life.end());
        }
        if (contract.getStatus().isRunning() && plan.terms().autoRenewal()) {
            LocalDate termEnd = plan.terms().termEnd(today);
            if (!plan.terms().noticeDeadline(today).isAfter(today.plusDays(settings.renewalAlertDays()))) {
                contracts.markRenewalAlerted(contract.getId(), termEnd); // announced when its window opened
            }
        }
        return contract;
    }

    private Contract save(Contract contract, String change, Instant at) {
        Contract saved = contracts.save(contract);
        versions.record(saved.getId(), saved.getVersion(), change, ContractSnapshot.of(saved), at);
        return saved;
    }

    /** A moment of {@code day} in the company's time zone, never after the end of the life. */
    private static Instant at(LocalDate day, DemoLife life, int hour) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(life.zone()).toInstant();
        return at.isAfter(life.end()) ? life.end() : at;
    }

    private List<CatalogueItem> items(boolean recurring) {
        return catalogue.all().stream()
                .filter(CatalogueItem::isActive)
                .filter(item -> (item.getRecurrence() != Recurrence.ONE_OFF) == recurring)
                .sorted(Comparator.comparing(CatalogueItem::getCode))
                .toList();
    }

    private static List<ContractLine> lines(List<CatalogueItem> items, int count, SplittableRandom r) {
        List<CatalogueItem> pool = new ArrayList<>(items);
        List<ContractLine> lines = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            CatalogueItem item = pool.remove(r.nextInt(pool.size()));
            lines.add(new ContractLine(
                    item.getCode(),
                    item.getNameFr(),
                    BigDecimal.valueOf(
                            item.getRecurrence() == Recurrence.ONE_OFF ? 1 + r.nextInt(3) : 2 + r.nextInt(30)),
                    item.getUnitPrice().amount(),
                    BigDecimal.valueOf(r.nextInt(3) * 5L),
                    item.getVatRate(),
                    item.getRecurrence()));
        }
        return lines;
    }
}
