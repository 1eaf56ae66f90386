package fr.guichet.zones;

import fr.guichet.billing.BillingSettingsManagement;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.payments.NewAllocation;
import fr.guichet.billing.payments.NewPayment;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Billing's objects for the access matrix's world ({@link RouteWorld}): {@code {invoicedraft}} a draft invoice of the
 * customer's organisation, {@code {invoice}} a validated one (ids), {@code {billingsettings}} the settings (for their
 * version), {@code {payment}} a payment of 50 € of which 20 € pay an invoice, {@code {allocation}} such an allocation;
 * made through billing's own services.
 */
@Component
final class BillingSamples {

    private static final List<BillingSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final InvoiceManagement invoices;
    private final BillingSettingsManagement settings;
    private final PaymentManagement payments;

    BillingSamples(InvoiceManagement invoices, BillingSettingsManagement settings, PaymentManagement payments) {
        this.invoices = invoices;
        this.settings = settings;
        this.payments = payments;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world) {
        BillingSamples samples = RUNNING.get(0);
        if (name.equals("billingsettings")) {
            return 1L;
        }
        long customer = ((Number) world.get("customer")).longValue();
        Invoice draft = samples.invoices.create(
                new InvoiceDraft(
                        customer,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Matrice: intervention",
                                BigDecimal.ONE,
                                Unit.HOUR,
                                Money.euros("80"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "matrice");
        return switch (name) {
            case "invoicedraft" -> draft.getId();
            case "invoice" ->
                samples.invoices
                        .validateDraft(draft.getId(), draft.getVersion(), "matrice")
                        .getId();
            case "payment", "allocation" -> {
                Invoice issued = samples.invoices.validateDraft(draft.getId(), draft.getVersion(), "matrice");
                Payment payment = samples.payments.receive(
                        NewPayment.of(customer, samples.payments.today(), Money.euros("50"), PaymentMethod.TRANSFER),
                        List.of(new NewAllocation(issued.getId(), Money.euros("20"))),
                        "matrice");
                yield name.equals("payment")
                        ? payment.id()
                        : samples.payments
                                .allocationsOfPayment(payment.id())
                                .get(0)
                                .id();
            }
            default -> throw new IllegalArgumentException("No such billing object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        if (name.equals("billingsettings")) {
            return RUNNING.get(0).settings.current().version();
        }
        return RUNNING.get(0).invoices.get((Long) value).getVersion();
    }
}
