package fr.guichet.billing.payments;

import java.util.List;

/** A payment received and what of it goes to which invoices: one of many recorded at once. */
public record NewReceipt(NewPayment payment, List<NewAllocation> allocations) {

    public NewReceipt {
        allocations = List.copyOf(allocations);
    }
}
