package fr.guichet.billing.statements;

import fr.guichet.shared.Iban;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the company's bank accounts, whose statements billing imports; its CSV layout when the bank exports CSV. */
public record BankAccount(
        long id,
        String name,
        Iban iban,
        @Nullable String bic,
        String currency,
        @Nullable CsvLayout csvLayout,
        Instant updatedAt,
        String updatedBy,
        int version) {}
