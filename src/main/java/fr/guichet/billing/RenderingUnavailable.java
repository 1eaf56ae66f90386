package fr.guichet.billing;

/** No renderer of invoices ({@link InvoiceRendering}) in this installation: PDFs and XML cannot be made (503). */
public class RenderingUnavailable extends RuntimeException {

    public RenderingUnavailable() {
        super("Invoice documents (PDF, Factur-X, UBL) cannot be made: no renderer is installed");
    }
}
