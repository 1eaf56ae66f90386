package fr.guichet.billing.accounting;

import fr.guichet.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a journal entry: the general account, the customer's auxiliary account when it is a customer's, and
 * either a debit or a credit (the other zero).
 */
public record EntryLine(
        String account,
        String accountLabel,
        @Nullable String auxiliary,
        @Nullable String auxiliaryLabel,
        Money debit,
        Money credit) {}
