package fr.guichet.billing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issued invoice's files: its PDF (PDF/A-3 with the Factur-X XML inside), its Factur-X (CII) XML and its UBL XML,
 * made by the {@link InvoiceRendering} installed; without one, {@link RenderingUnavailable}.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceFiles {

    /** A file to download: its name and bytes. */
    public record File(String filename, String contentType, byte[] content) {}

    private final InvoiceDocuments documents;
    private final ObjectProvider<InvoiceRendering> rendering;

    InvoiceFiles(InvoiceDocuments documents, ObjectProvider<InvoiceRendering> rendering) {
        this.documents = documents;
        this.rendering = rendering;
    }

    /** Whether PDFs and XML can be made here. */
    public boolean available() {
        return rendering.getIfAvailable() != null;
    }

    public File pdf(Invoice invoice) {
        return new File(
                invoice.getNumber() + ".pdf", "application/pdf", renderer().pdf(documents.of(invoice)));
    }

    public File facturX(Invoice invoice) {
        return new File(
                invoice.getNumber() + "-factur-x.xml",
                "application/xml",
                renderer().facturX(documents.of(invoice)));
    }

    public File ubl(Invoice invoice) {
        return new File(
                invoice.getNumber() + "-ubl.xml", "application/xml", renderer().ubl(documents.of(invoice)));
    }

    private InvoiceRendering renderer() {
        InvoiceRendering renderer = rendering.getIfAvailable();
        if (renderer == null) {
            throw new RenderingUnavailable();
        }
        return renderer;
    }
}
