/**
 * Website: the public site at {@code /} — presentation, service catalogue, contact page. Fed from the back office
 * (seed 002: "le back-office sur Internet").
 */
@ApplicationModule(
        displayName = "Website",
        allowedDependencies = {"catalogue", "company", "identity", "requests", "shared"})
@NullMarked
package fr.guichet.website;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
