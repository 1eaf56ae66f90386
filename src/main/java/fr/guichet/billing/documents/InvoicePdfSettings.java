package fr.guichet.billing.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How invoices look ({@code guichet.invoice-pdf.*}); the logo and the brand colour are the company's own
 * ({@link fr.guichet.company.CompanyManagement}), changed on its settings page.
 *
 * @param footer a text printed at the foot of every page above the legal mentions (e.g. "Merci de votre confiance"),
 *     empty for none
 * @param templateDirectory a folder holding an {@code invoice.fo} of the company's own (an XSL-FO Thymeleaf template,
 *     a copy of the built-in {@code templates/billing/documents/invoice.fo} changed at will), empty for the built-in one
 */
@ConfigurationProperties("guichet.invoice-pdf")
public record InvoicePdfSettings(
        @DefaultValue("") String footer, @DefaultValue("") String templateDirectory) {}
