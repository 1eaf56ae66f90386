/**
 * Quotes: the offer sales administration or the front office makes a customer (often from a pre-sales request), sent
 * as a PDF with the terms of sale, accepted online by the customer ("bon pour accord", with its proof) or declined,
 * and turned once accepted into a contract (its recurring lines) and an invoice or deposit invoice (its one-off lines).
 */
@ApplicationModule(
        displayName = "Quotes",
        allowedDependencies = {
            "billing",
            "catalogue",
            "company",
            "contracts",
            "customers",
            "identity",
            "notifications",
            "requests",
            "shared"
        })
@NullMarked
package fr.guichet.quotes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
