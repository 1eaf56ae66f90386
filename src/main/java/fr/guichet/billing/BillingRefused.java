package fr.guichet.billing;

import fr.guichet.identity.AccountKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.CallerRefused;
import fr.guichet.identity.Role;

/**
 * Invoices are drafted, validated, credited and followed by billing (BILLING) and administrators: the one rule of the
 * pages ({@code /back/billing/**}) and of the API. Other staff read the issued ones and their PDF, as the 360° views
 * show them (drafts, Factur-X and UBL files are billing's); a customer reads only its own issued ones.
 */
public class BillingRefused extends CallerRefused {

    BillingRefused(AccountPrincipal caller) {
        super("billing.error.billing-only", "billing not done by " + caller.getUsername(), caller);
    }

    /** Whether this account keeps the invoices. */
    public static boolean keepsInvoices(AccountPrincipal caller) {
        return caller.getKind() != AccountKind.CUSTOMER && (caller.hasRole(Role.BILLING) || caller.hasRole(Role.ADMIN));
    }

    /** @throws BillingRefused unless the account keeps the invoices */
    public static void requireKeepsInvoices(AccountPrincipal caller) {
        if (!keepsInvoices(caller)) {
            throw new BillingRefused(caller);
        }
    }
}
