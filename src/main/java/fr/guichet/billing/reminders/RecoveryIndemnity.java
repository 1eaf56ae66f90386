package fr.guichet.billing.reminders;

import fr.guichet.customers.OrganisationKind;
import fr.guichet.shared.Money;

/**
 * The fixed recovery indemnity ("indemnité forfaitaire pour frais de recouvrement", Code de commerce art. L441-10 and
 * D441-5): 40 € owed once per late invoice by a business customer (a company, a public body), never by a private
 * individual; however many reminders the invoice gets, it is the same 40 €.
 */
public final class RecoveryIndemnity {

    public static final Money AMOUNT = Money.euros("40.00");

    private RecoveryIndemnity() {}

    /** What a late invoice of a customer of this kind owes as indemnity. */
    public static Money owedBy(OrganisationKind kind) {
        return kind == OrganisationKind.INDIVIDUAL ? Money.zero(Money.EUR) : AMOUNT;
    }
}
