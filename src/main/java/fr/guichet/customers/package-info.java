/**
 * Customers: organisations (companies, public bodies, individuals) and their contacts. Sales administration keeps
 * this master data; everyone else reads it.
 */
@ApplicationModule(displayName = "Customers")
package fr.guichet.customers;

import org.springframework.modulith.ApplicationModule;
