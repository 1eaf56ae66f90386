package fr.guichet.billing;

/**
 * Lays out and writes an invoice, a deposit invoice or a credit note: the PDF is a PDF/A-3 carrying its Factur-X XML
 * (profile EN 16931), the look a template the company adjusts; the XML alone as CII (Factur-X) or UBL 2.1.
 */
public interface InvoiceRendering {

    byte[] pdf(InvoiceDocument document);

    byte[] facturX(InvoiceDocument document);

    byte[] ubl(InvoiceDocument document);
}
