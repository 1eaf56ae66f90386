/**
 * Demo data: a French IT managed-services SME with its staff, teams, sites, customers and portal users, seeded into
 * an empty database when {@code guichet.demo-data} says so.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"catalogue", "company", "customers", "identity", "shared", "website"})
@NullMarked
package fr.guichet.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
