/**
 * Zones: the URL spaces of Guichet and their security rules — public site {@code /}, customer portal
 * {@code /portal}, front-office desk {@code /desk}, back office {@code /back}, API {@code /api/v1}. Owns the
 * security filter chains, the login page, the layouts, the language switch, error pages and the zone home pages.
 * Business modules add pages under these URL spaces; see docs/adr/0003.
 */
@ApplicationModule(
        displayName = "Zones",
        allowedDependencies = {"customers", "identity", "shared"})
@NullMarked
package fr.guichet.zones;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
