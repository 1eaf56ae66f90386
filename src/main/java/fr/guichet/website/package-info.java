/**
 * Website: the public site at {@code /} — its pages written in {@code /back/website} (home, services introduction,
 * legal places, any page the company adds; drafts, scheduled publication, versions), the menu and footer, the cache
 * of public pages, the service catalogue, and the contact page. Fed from the back office (seed 002: "le back-office
 * sur Internet").
 */
@ApplicationModule(
        displayName = "Website",
        allowedDependencies = {"catalogue", "company", "identity", "requests", "shared", "zones"})
@NullMarked
package fr.guichet.website;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
