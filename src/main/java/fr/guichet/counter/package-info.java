/**
 * Counter: the waiting room of the customers who walk in. A visitor takes a ticket at a kiosk (or reception creates
 * it), numbered per reason and per day ({@code A-042}); a display on the wall calls it to a counter; counter staff call,
 * serve and record the visit as a request on the counter channel. Waiting and service times are its figures.
 */
@ApplicationModule(
        displayName = "Counter",
        allowedDependencies = {"customers", "identity", "requests", "shared"})
@NullMarked
package fr.guichet.counter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
