package fr.guichet.billing.statements;

import fr.guichet.shared.Iban;
import org.jspecify.annotations.Nullable;

/**
 * The account a statement is about, as its format names it: an IBAN (camt.053), or a French bank, branch and account
 * number (CFONB 120, whose records carry no IBAN); compared with the bank account the import was made for.
 */
public record AccountIdentity(
        @Nullable String iban,
        @Nullable String bank,
        @Nullable String branch,
        @Nullable String number) {

    static AccountIdentity ofIban(String iban) {
        return new AccountIdentity(iban.replace(" ", ""), null, null, null);
    }

    static AccountIdentity ofFrenchAccount(String bank, String branch, String number) {
        return new AccountIdentity(null, bank, branch, number);
    }

    /** Whether this is the account of that IBAN (for a French account: the IBAN's bank, branch and number). */
    public boolean isOf(Iban account) {
        if (iban != null) {
            return iban.equalsIgnoreCase(account.value());
        }
        String value = account.value();
        return value.startsWith("FR")
                && value.length() == 27
                && value.substring(4, 9).equals(bank)
                && value.substring(9, 14).equals(branch)
                && value.substring(14, 25).equalsIgnoreCase(number);
    }

    /** As shown in a refusal. */
    public String shown() {
        return iban != null ? iban : bank + " " + branch + " " + number;
    }
}
