/**
 * Notifications: the emails Guichet sends about requests (receipt, replies, resolution, answers to the owner,
 * escalations), in the recipient's language. Every email goes to an outbox; it is sent through SMTP when
 * {@code spring.mail.host} is set and kept there for the administrators otherwise.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"company", "contracts", "counter", "identity", "requests", "shared", "zones"})
@NullMarked
package fr.guichet.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
