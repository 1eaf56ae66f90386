package fr.guichet.zones;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.sepa.Batch;
import fr.guichet.billing.sepa.DebitDates;
import fr.guichet.billing.sepa.DirectDebits;
import fr.guichet.billing.sepa.Mandate;
import fr.guichet.billing.sepa.MandateKind;
import fr.guichet.billing.sepa.MandateManagement;
import fr.guichet.billing.sepa.NewMandate;
import fr.guichet.billing.sepa.SepaCreditor;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SEPA direct debit's objects for the access matrix's world ({@link RouteWorld}): {@code {sepacreditor}} the creditor
 * identifier's current change (set if none), {@code {mandate}} a mandate of the customer's organisation awaiting its
 * signature, {@code {signedmandate}} one whose signed copy was uploaded, {@code {debitdate}} a collection date on which
 * a fresh invoice of the customer is due (its mandate active), {@code {debitbatch}} a batch made for such a date,
 * {@code {duebatch}} one whose collection date has come, {@code {debit}} a pending debit of {@code {debitbatch}}.
 */
@Component
final class SepaSamples {

    private static final List<SepaSamples> RUNNING = new CopyOnWriteArrayList<>();
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    private final SepaCreditor creditor;
    private final MandateManagement mandates;
    private final DirectDebits debits;
    private final InvoiceManagement invoices;
    private final JdbcClient jdbc;

    SepaSamples(
            SepaCreditor creditor,
            MandateManagement mandates,
            DirectDebits debits,
            InvoiceManagement invoices,
            JdbcClient jdbc) {
        this.creditor = creditor;
        this.mandates = mandates;
        this.debits = debits;
        this.invoices = invoices;
        this.jdbc = jdbc;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world) {
        SepaSamples samples = RUNNING.get(0);
        long customer = ((Number) world.get("customer")).longValue();
        long creditorId = samples.creditorSet();
        return switch (name) {
            case "sepacreditor" -> creditorId;
            case "mandate" -> samples.prepared(customer).id();
            case "signedmandate" -> samples.active(customer).id();
            case "debitdate" -> samples.dueDate(customer);
            case "debitbatch" -> samples.batch((LocalDate) world.get("debitdate"));
            case "duebatch" -> {
                long batch = samples.batch((LocalDate) world.get("debitdate"));
                samples.jdbc
                        .sql("UPDATE billing_sepa_batch SET collection_date = :today WHERE id = :id")
                        .param("today", samples.debits.today())
                        .param("id", batch)
                        .update();
                yield batch;
            }
            case "debit" ->
                samples.debits
                        .debitsOf(((Number) world.get("debitbatch")).longValue())
                        .get(0)
                        .id();
            default -> throw new IllegalArgumentException("No such SEPA object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        return RUNNING.get(0).mandates.get((Long) value).version();
    }

    private long creditorSet() {
        return creditor.current()
                .orElseGet(() -> creditor.change("FR72ZZZ123456", 0, "matrice"))
                .id();
    }

    private Mandate prepared(long customer) {
        return mandates.create(
                new NewMandate(customer, MandateKind.RECURRING, "Matrice", "FR7630004000031234567890143", null),
                "matrice");
    }

    private Mandate active(long customer) {
        Mandate mandate = prepared(customer);
        return mandates.uploadProof(mandate.id(), mandate.version(), mandates.today(), "mandat.pdf", PDF, "matrice");
    }

    /** A fresh invoice of the customer, paid by an active mandate: the first TARGET2 day from its due date. */
    private LocalDate dueDate(long customer) {
        if (mandates.activeOf(customer).isEmpty()) {
            active(customer);
        }
        Invoice draft = invoices.create(
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
                                "Matrice: prélèvement",
                                BigDecimal.ONE,
                                Unit.HOUR,
                                Money.euros("80"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "matrice");
        Invoice issued = invoices.validateDraft(draft.getId(), draft.getVersion(), "matrice");
        LocalDate date = issued.getDueDate();
        while (!DebitDates.isTargetDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private long batch(LocalDate date) {
        Batch batch = debits.create(date, "matrice");
        return batch.id();
    }
}
