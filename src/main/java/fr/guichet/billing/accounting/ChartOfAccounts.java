package fr.guichet.billing.accounting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Billing's chart of accounts as it stands: one account per role. A customer's auxiliary account is the customers'
 * account number followed by the customer's number on six digits (411 and customer 42: 411000042).
 */
public record ChartOfAccounts(Map<AccountRole, LedgerAccount> accounts) {

    public ChartOfAccounts {
        EnumMap<AccountRole, LedgerAccount> copy = new EnumMap<>(AccountRole.class);
        copy.putAll(accounts);
        for (AccountRole role : AccountRole.values()) {
            if (!copy.containsKey(role)) {
                throw new IllegalStateException("No account for " + role);
            }
        }
        accounts = Map.copyOf(copy);
    }

    public static ChartOfAccounts of(List<LedgerAccount> accounts) {
        Map<AccountRole, LedgerAccount> map = new EnumMap<>(AccountRole.class);
        accounts.forEach(a -> map.put(a.role(), a));
        return new ChartOfAccounts(map);
    }

    public LedgerAccount account(AccountRole role) {
        return accounts.get(role);
    }

    /** The customer's auxiliary account number (CompAuxNum). */
    public String customerAccount(long organisationId) {
        return account(AccountRole.CUSTOMERS).number() + String.format("%06d", organisationId);
    }

    public List<LedgerAccount> inOrder() {
        return java.util.Arrays.stream(AccountRole.values()).map(this::account).toList();
    }
}
