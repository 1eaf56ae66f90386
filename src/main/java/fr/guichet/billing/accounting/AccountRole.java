package fr.guichet.billing.accounting;

import fr.guichet.shared.VatRate;
import java.util.Optional;

/**
 * The part an account plays in billing's entries; the number each role books on is billing's to choose
 * ({@link ChartOfAccounts}), within the class of the French chart of accounts (plan comptable général) the role
 * belongs to: its number must start with {@link #prefix()}.
 */
public enum AccountRole {
    /** 411: what customers owe; each customer has its auxiliary account under it. */
    CUSTOMERS("41"),
    /** 706: services sold. */
    SERVICES("70"),
    /** 707: goods sold (lines counted in pieces). */
    GOODS("70"),
    /** 4191: deposits invoiced (acomptes), until the final invoice deducts them. */
    DEPOSITS("419"),
    VAT_STANDARD("4457"),
    VAT_INTERMEDIATE("4457"),
    VAT_REDUCED("4457"),
    VAT_SPECIAL("4457"),
    /** 512: the bank account payments reach and refunds leave. */
    BANK("51"),
    /** 627: bank fees (booked by the bank reconciliation). */
    BANK_FEES("62");

    private final String prefix;

    AccountRole(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** The account of the VAT collected at a rate; none at 0 %. */
    public static Optional<AccountRole> vatCollectedAt(VatRate rate) {
        return switch (rate) {
            case STANDARD -> Optional.of(VAT_STANDARD);
            case INTERMEDIATE -> Optional.of(VAT_INTERMEDIATE);
            case REDUCED -> Optional.of(VAT_REDUCED);
            case SPECIAL -> Optional.of(VAT_SPECIAL);
            case ZERO -> Optional.empty();
        };
    }
}
