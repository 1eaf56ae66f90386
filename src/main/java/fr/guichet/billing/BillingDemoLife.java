package fr.guichet.billing;

import fr.guichet.billing.internal.InvoiceHistory;
import fr.guichet.billing.internal.InvoiceNumbering;
import fr.guichet.billing.internal.InvoiceRepository;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.catalogue.CatalogueItem;
import fr.guichet.catalogue.CatalogueManagement;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing's part of the demo company's year ({@link DemoActivity}, order 400): a few hundred invoices for the
 * customers over the year, numbered in date order in the invoices' series, sent the next day, most paid within their
 * terms (payments recorded through billing's payments, by transfer mostly), some partly, some left unpaid past their
 * due date (overdue), a few corrected by a credit note. Each goes
 * through the {@link Invoice} aggregate's own rules at past instants, as {@link InvoiceManagement} does; nothing is
 * sent to anyone.
 */
@Component
class BillingDemoLife implements DemoActivity {

    private static final String BY = "Facturation (démo)";

    private final InvoiceRepository invoices;
    private final InvoiceNumbering numbering;
    private final InvoiceHistory history;
    private final BillingSettingsManagement settings;
    private final CustomerManagement customers;
    private final CatalogueManagement catalogue;
    private final PartiesNow parties;
    private final JsonMapper json;
    private final ObjectProvider<PaymentManagement> payments;

    /** How the demo's customers pay: mostly by transfer. */
    private static final List<PaymentMethod> METHODS = List.of(
            PaymentMethod.TRANSFER,
            PaymentMethod.TRANSFER,
            PaymentMethod.TRANSFER,
            PaymentMethod.TRANSFER,
            PaymentMethod.DIRECT_DEBIT,
            PaymentMethod.CHEQUE,
            PaymentMethod.CARD);

    BillingDemoLife(
            InvoiceRepository invoices,
            InvoiceNumbering numbering,
            InvoiceHistory history,
            BillingSettingsManagement settings,
            CustomerManagement customers,
            CatalogueManagement catalogue,
            PartiesNow parties,
            JsonMapper json,
            ObjectProvider<PaymentManagement> payments) {
        this.payments = payments;
        this.invoices = invoices;
        this.numbering = numbering;
        this.history = history;
        this.settings = settings;
        this.customers = customers;
        this.catalogue = catalogue;
        this.parties = parties;
        this.json = json;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "billing";
    }

    private record Plan(LocalDate date, long organisationId, List<InvoiceDraft.Line> lines, LocalDate from) {}

    @Override
    public DemoOutcome play(DemoLife life) {
        SplittableRandom random = life.random(name());
        List<Organisation> billed = customers.all(10_000).stream()
                .filter(o -> o.getStatus() == CustomerStatus.CUSTOMER)
                .toList();
        List<CatalogueItem> items =
                catalogue.all().stream().filter(CatalogueItem::isActive).toList();
        if (billed.isEmpty() || items.isEmpty()) {
            return new DemoOutcome("no customer or catalogue: no invoice");
        }
        List<Plan> plans = new ArrayList<>();
        for (LocalDate month = life.firstDay().withDayOfMonth(1);
                !month.isAfter(life.lastDay());
                month = month.plusMonths(1)) {
            for (Organisation customer : billed) {
                if (random.nextInt(100) >= 70) {
                    continue;
                }
                LocalDate date = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (date.isBefore(life.firstDay()) || !date.isBefore(life.lastDay())) {
                    continue;
                }
                plans.add(new Plan(date, customer.getId(), lines(items, random), month));
            }
        }
        plans.sort(Comparator.comparing(Plan::date));
        BillingSettings now = settings.current();
        int paid = 0;
        int overdue = 0;
        int credited = 0;
        for (Plan plan : plans) {
            Instant drafted = at(plan.date(), life, 9);
            Invoice invoice = Invoice.draft(
                    new InvoiceDraft(
                            plan.organisationId(),
                            InvoiceKind.INVOICE,
                            plan.from(),
                            plan.from().plusMonths(1).minusDays(1),
                            random.nextInt(4) == 0 ? "BC-" + (1000 + random.nextInt(9000)) : null,
                            null,
                            null,
                            null,
                            plan.lines()),
                    settings.termsFor(plan.organisationId()),
                    now,
                    BY,
                    drafted);
            invoice = saved(invoice, "drafted", null, drafted);
            Invoice validated = validate(invoice, plan.date(), now, life);
            Instant sent = at(plan.date().plusDays(1), life, 10);
            if (sent.isBefore(life.end())) {
                validated.markSent(sent);
                validated = saved(validated, "sent-by-email", null, sent);
            }
            LocalDate payDay = plan.date().plusDays(10 + random.nextInt(50));
            int fate = random.nextInt(100);
            if (fate < 80 && payDay.isBefore(life.lastDay())) {
                Instant payment = at(payDay, life, 11);
                Money amount = fate < 5 ? half(validated.amountDue()) : validated.amountDue();
                PaymentMethod method = METHODS.get(random.nextInt(METHODS.size()));
                payments.getObject()
                        .receive(
                                new NewPayment(
                                        plan.organisationId(),
                                        payDay,
                                        amount,
                                        method,
                                        validated.getNumber(),
                                        null,
                                        null,
                                        null,
                                        null),
                                List.of(new NewAllocation(validated.getId(), amount)),
                                BY,
                                payment);
                paid++;
            } else if (validated.getDueDate().isBefore(life.lastDay())) {
                overdue++;
            }
            if (fate >= 97 && plan.date().plusDays(5).isBefore(life.lastDay())) {
                credit(validated, plan.date().plusDays(5), now, life);
                credited++;
            }
        }
        return new DemoOutcome(String.format(
                "%d invoices, %d paid, %d overdue, %d credit notes", plans.size(), paid, overdue, credited));
    }

    private void credit(Invoice invoice, LocalDate date, BillingSettings now, DemoLife life) {
        InvoiceDraft.Line first = invoice.getLines().get(0).asDraftLine();
        Instant at = at(date, life, 8); // drafted before its validation (at 9)
        Invoice note = Invoice.draft(
                new InvoiceDraft(
                        invoice.getOrganisationId(),
                        InvoiceKind.CREDIT_NOTE,
                        invoice.getServiceFrom(),
                        invoice.getServiceTo(),
                        invoice.getPurchaseOrder(),
                        null,
                        null,
                        invoice.getId(),
                        List.of(first)),
                invoice.paymentTerms(),
                now,
                BY,
                at);
        note = saved(note, "drafted", invoice.getNumber(), at);
        Invoice validated = validate(note, date, now, life);
        Invoice credited = invoices.findById(invoice.getId()).orElseThrow();
        Instant validatedAt = at(date, life, 9);
        credited.credit(validated.totalGross(), validatedAt);
        saved(credited, "credited", validated.getNumber(), validatedAt);
    }

    private Invoice validate(Invoice invoice, LocalDate date, BillingSettings now, DemoLife life) {
        String series = now.prefixOf(invoice.getKind());
        long value = numbering.next(series, date.getYear());
        Instant at = at(date, life, 9);
        invoice.validate(
                series,
                InvoiceNumbering.format(series, date.getYear(), value),
                date,
                now,
                List.of(),
                json.writeValueAsString(parties.of(invoice.getOrganisationId())),
                at);
        return saved(invoice, "validated", invoice.getNumber(), at);
    }

    private List<InvoiceDraft.Line> lines(List<CatalogueItem> items, SplittableRandom random) {
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            CatalogueItem item = items.get(random.nextInt(items.size()));
            BigDecimal quantity = item.getRecurrence() == Recurrence.ONE_OFF
                    ? BigDecimal.valueOf(1 + random.nextInt(6))
                    : BigDecimal.valueOf(1 + random.nextInt(12));
            lines.add(new InvoiceDraft.Line(
                    item.getCode(),
                    item.getNameFr(),
                    quantity,
                    item.getUnit(),
                    item.getUnitPrice(),
                    random.nextInt(6) == 0 ? BigDecimal.TEN : BigDecimal.ZERO,
                    item.getVatRate(),
                    item.getVatExemption(),
                    null,
                    null));
        }
        return lines;
    }

    private Invoice saved(Invoice invoice, String change, @Nullable String detail, Instant at) {
        Invoice saved = invoices.save(invoice);
        history.record(saved, change, BY, detail, at);
        return saved;
    }

    private static Money half(Money amount) {
        return amount.times(new BigDecimal("0.5"));
    }

    private static Instant at(LocalDate date, DemoLife life, int hour) {
        return date.atTime(hour, 0).atZone(life.zone()).toInstant();
    }
}
