/**
 * The company that runs Guichet: its identity (names, phone, email, address, the address its emails come from), kept
 * in the database so that administrators can change it, and the settings every module shares (the base URL).
 */
@ApplicationModule(
        displayName = "Company",
        allowedDependencies = {"identity", "shared", "zones"})
@NullMarked
package fr.guichet.company;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
