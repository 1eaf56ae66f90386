/**
 * The company that runs Guichet: its identity (names, phone, email, address, the address its emails come from), kept
 * in the database so that administrators can change it, and the settings every module shares (the base URL).
 */
@ApplicationModule(displayName = "Company")
package fr.guichet.company;

import org.springframework.modulith.ApplicationModule;
