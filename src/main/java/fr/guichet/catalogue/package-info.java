/**
 * Catalogue: the services and products the company sells, with their prices excluding VAT, VAT rates and recurrence.
 * Sales administration keeps it in the back office; the items marked public make the public site's service list;
 * contracts and quotes take their lines from it.
 */
@ApplicationModule(
        displayName = "Catalogue",
        allowedDependencies = {"identity", "shared"})
@NullMarked
package fr.guichet.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
