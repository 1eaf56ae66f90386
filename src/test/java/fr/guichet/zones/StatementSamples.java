package fr.guichet.zones;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.statements.BankAccountDetails;
import fr.guichet.billing.statements.BankAccounts;
import fr.guichet.billing.statements.CamtSamples;
import fr.guichet.billing.statements.EntryReconciliation;
import fr.guichet.billing.statements.Reconciliation;
import fr.guichet.billing.statements.StatementEntry;
import fr.guichet.billing.statements.StatementImporting;
import fr.guichet.billing.statements.StatementImports;
import fr.guichet.billing.statements.TestIbans;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Bank statements' objects for the access matrix's world ({@link RouteWorld}): {@code {bankaccount}} a bank account
 * (id), {@code {bankiban}} its IBAN, {@code {freshiban}} an IBAN no account has, {@code {statementimport}} an import
 * of that account with one credit entry no rule matches, {@code {stmtentry}} that entry (waiting), {@code
 * {stmthandled}} another entry, ignored, {@code {stmtinvoice}} a second open invoice of the customer (a split needs
 * two); made through billing's own services.
 */
@Component
final class StatementSamples {

    private static final List<StatementSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final BankAccounts accounts;
    private final StatementImporting importing;
    private final StatementImports imports;
    private final EntryReconciliation acts;
    private final Reconciliation reconciliation;
    private final InvoiceManagement invoices;

    StatementSamples(
            BankAccounts accounts,
            StatementImporting importing,
            StatementImports imports,
            EntryReconciliation acts,
            Reconciliation reconciliation,
            InvoiceManagement invoices) {
        this.accounts = accounts;
        this.importing = importing;
        this.imports = imports;
        this.acts = acts;
        this.reconciliation = reconciliation;
        this.invoices = invoices;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world) {
        StatementSamples samples = RUNNING.get(0);
        return switch (name) {
            case "freshiban" -> TestIbans.french();
            case "bankaccount" ->
                samples.accounts
                        .add(
                                BankAccountDetails.of(
                                        "Matrice " + UUID.randomUUID(), TestIbans.french(), null, "EUR", null),
                                "matrice")
                        .id();
            case "bankiban" ->
                samples.accounts
                        .get(((Number) world.get("bankaccount")).longValue())
                        .iban()
                        .value();
            case "statementimport" -> samples.importOne(world);
            case "stmtentry" ->
                samples.imports
                        .entriesOf(((Number) world.get("statementimport")).longValue())
                        .get(0)
                        .id();
            case "stmthandled" -> {
                long importId = samples.importOne(world);
                StatementEntry entry = samples.imports.entriesOf(importId).get(0);
                samples.acts.ignore(entry.id(), entry.version(), "Matrice", "matrice");
                yield entry.id();
            }
            case "stmtinvoice" -> samples.invoice(((Number) world.get("customer")).longValue());
            default -> throw new IllegalArgumentException("No such statement object: {" + name + "}");
        };
    }

    static int version(String name, Object value) {
        StatementSamples samples = RUNNING.get(0);
        if (name.equals("bankaccount")) {
            return samples.accounts.get(((Number) value).longValue()).version();
        }
        return samples.reconciliation.entry(((Number) value).longValue()).version();
    }

    private long importOne(RouteWorld.Lookup world) {
        long account = ((Number) world.get("bankaccount")).longValue();
        return importing
                .importFile(
                        account,
                        "matrice.xml",
                        CamtSamples.statement(
                                accounts.get(account).iban().value(),
                                invoices.today(),
                                new CamtSamples.Credit(
                                        "MAT-" + UUID.randomUUID(), "12.34", "Matrice", "PAYEUR MATRICE", "")),
                        null,
                        "matrice")
                .importId();
    }

    private long invoice(long customer) {
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
                                "Matrice: relevé",
                                BigDecimal.ONE,
                                Unit.HOUR,
                                Money.euros("10.00"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "matrice");
        return invoices.validateDraft(draft.getId(), draft.getVersion(), "matrice")
                .getId();
    }
}
