/**
 * Billing: invoices, deposit invoices and credit notes, from draft to paid, numbered without gap per series, with the
 * French mandatory mentions, printed as Factur-X (PDF/A-3 with its EN 16931 XML); what requests' recorded work and
 * contracts' periods leave to invoice. Other modules draft invoices through {@link fr.guichet.billing.InvoiceDrafting}.
 */
@ApplicationModule(
        displayName = "Billing",
        allowedDependencies = {
            "catalogue",
            "company",
            "contracts",
            "customers",
            "identity",
            "notifications",
            "requests",
            "shared"
        })
@NullMarked
package fr.guichet.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
