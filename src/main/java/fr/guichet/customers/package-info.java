/**
 * Customers: organisations (companies, public bodies, individuals) and their contacts. Sales administration keeps
 * this master data; everyone else reads it.
 */
@ApplicationModule(
        displayName = "Customers",
        allowedDependencies = {"identity", "shared"})
@NullMarked
package fr.guichet.customers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
