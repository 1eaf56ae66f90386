package fr.guichet.billing.statements;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.shared.Iban;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What billing types about a bank account: its name, its IBAN (checked by its key, as the company's own is), its BIC
 * (optional), its currency (euros only) and its CSV layout (none when the bank exports camt.053 or CFONB).
 */
public record BankAccountDetails(
        String name,
        Iban iban,
        @Nullable String bic,
        String currency,
        @Nullable CsvLayout csvLayout) {

    static final int NAME_MAX = 100;

    /** Typed text checked: the first broken rule names its field. */
    public static BankAccountDetails of(
            @Nullable String name,
            @Nullable String iban,
            @Nullable String bic,
            @Nullable String currency,
            @Nullable CsvLayout csvLayout) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw new BillingRuleViolation("name", "billing.statements.error.account-name", NAME_MAX);
        }
        if (iban == null || !Iban.isValid(iban)) {
            throw new BillingRuleViolation("iban", "billing.statements.error.iban");
        }
        String cleanBic = bic == null ? "" : bic.toUpperCase(Locale.ROOT).replace(" ", "");
        if (!cleanBic.isEmpty() && !cleanBic.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw new BillingRuleViolation("bic", "billing.statements.error.bic");
        }
        String cleanCurrency = currency == null || currency.isBlank() ? "EUR" : currency.strip();
        if (!cleanCurrency.equals("EUR")) {
            throw new BillingRuleViolation("currency", "billing.statements.error.account-currency");
        }
        return new BankAccountDetails(
                cleanName, Iban.of(iban), cleanBic.isEmpty() ? null : cleanBic, cleanCurrency, csvLayout);
    }
}
