package fr.guichet.support;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.util.List;

/** Invoices the tests need, made through billing's own service: issued (validated and numbered). */
public final class InvoiceSamples {

    private InvoiceSamples() {}

    /** An issued invoice of one line of {@code net} euros at 20 % VAT (so {@code net} × 1.2 to pay). */
    public static Invoice issued(InvoiceManagement invoices, long organisation, String net) {
        Invoice drafted = invoices.create(
                new InvoiceDraft(
                        organisation,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Intervention",
                                BigDecimal.ONE,
                                Unit.PACKAGE,
                                Money.euros(net),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        return invoices.validateDraft(drafted.getId(), drafted.getVersion(), "test");
    }
}
