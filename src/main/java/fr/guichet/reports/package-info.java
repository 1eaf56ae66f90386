/**
 * Reports: the figures that prove the promise — volumes, response and resolution times in business hours, service
 * levels, backlog, first-contact resolution, hand-offs and the "baladé" index, transfers between teams, reopenings,
 * satisfaction, internal requests, the counter's waiting times — per period, compared with the previous one, for the
 * team leads (their team) and the administrators (all). Composes what the requests and counter modules compute;
 * pages, API and CSV share {@link fr.guichet.reports.ReportManagement}.
 */
@ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {"counter", "customers", "identity", "requests", "shared"})
@NullMarked
package fr.guichet.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
