/**
 * Requests: customer and internal requests from intake to resolution. A request enters through a front-office
 * channel, keeps its front-office owner as the customer's one interlocutor, and may be handed off to back-office teams;
 * every hand-off is recorded and counted. Service levels are counted in business hours.
 */
@ApplicationModule(
        displayName = "Requests",
        allowedDependencies = {"catalogue", "customers", "identity", "shared"})
@NullMarked
package fr.guichet.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
