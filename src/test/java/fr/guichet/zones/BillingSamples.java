package fr.guichet.zones;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
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
 * customer's organisation, {@code {invoice}} a validated one (ids); made through billing's own services.
 */
@Component
final class BillingSamples {

    private static final List<BillingSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final InvoiceManagement invoices;

    BillingSamples(InvoiceManagement invoices) {
        this.invoices = invoices;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world) {
        BillingSamples samples = RUNNING.get(0);
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
            default -> throw new IllegalArgumentException("No such billing object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        return RUNNING.get(0).invoices.get((Long) value).getVersion();
    }
}
