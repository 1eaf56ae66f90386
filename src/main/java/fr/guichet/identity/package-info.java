/**
 * Identity: who works in Guichet and who may see what. Staff users belong to a team and a site, customer users to
 * a customer organisation, integration users hold API tokens. Roles: CUSTOMER, FRONT_OFFICE, BACK_OFFICE,
 * TEAM_LEAD, ADMIN. Also owns authentication: password policy, login throttling, bearer tokens.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"shared"})
@NullMarked
package fr.guichet.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
