package fr.guichet.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of an invoice's history: who, when, what (drafted, validated, sent, paid, a lifecycle status…). */
public record InvoiceEvent(
        Instant at,
        String by,
        String change,
        InvoiceStatus status,
        @Nullable LifecycleStatus lifecycle,
        @Nullable String detail) {}
