/**
 * Contracts: what a customer bought from the catalogue, for how long, renewed how, and cancellable by when. Sales
 * administration keeps them; the customer screen shows them through the customers module's panel extension point.
 */
@ApplicationModule(
        displayName = "Contracts",
        allowedDependencies = {"catalogue", "company", "customers", "identity", "shared"})
@NullMarked
package fr.guichet.contracts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
