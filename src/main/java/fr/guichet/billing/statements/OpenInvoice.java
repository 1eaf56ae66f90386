package fr.guichet.billing.statements;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An issued invoice (or deposit invoice) that still asks money: what a credit entry may pay. */
public record OpenInvoice(
        long id,
        String number,
        long organisationId,
        Money open,
        @Nullable LocalDate issueDate,
        @Nullable LocalDate dueDate) {}
