package fr.guichet.billing.sepa;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a mandate's history: created, signed, proof uploaded, debited, rejected, revoked… */
public record MandateEvent(
        Instant at, String by, String change, @Nullable String detail) {}
