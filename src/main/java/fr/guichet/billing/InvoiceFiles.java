package fr.guichet.billing;

import fr.guichet.billing.internal.InvoiceFileStore;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issued invoice's files: its PDF (PDF/A-3 with the Factur-X XML inside), its Factur-X (CII) XML and its UBL XML,
 * made by the {@link InvoiceRendering} installed the first time they are asked for, then kept: every later download is
 * the file first sent, byte for byte ({@link InvoiceFileStore}); without a rendering, {@link RenderingUnavailable}.
 */
@Service
@Transactional
public class InvoiceFiles {

    /** A file to download: its name and bytes. */
    public record File(String filename, String contentType, byte[] content) {}

    private final InvoiceDocuments documents;
    private final ObjectProvider<InvoiceRendering> rendering;
    private final InvoiceFileStore store;
    private final Clock clock;

    InvoiceFiles(
            InvoiceDocuments documents,
            ObjectProvider<InvoiceRendering> rendering,
            InvoiceFileStore store,
            Clock clock) {
        this.documents = documents;
        this.rendering = rendering;
        this.store = store;
        this.clock = clock;
    }

    /** Whether PDFs and XML can be made here. */
    public boolean available() {
        return rendering.getIfAvailable() != null;
    }

    public File pdf(Invoice invoice) {
        return new File(
                invoice.getNumber() + ".pdf",
                "application/pdf",
                kept(invoice, "PDF", () -> renderer().pdf(documents.of(invoice))));
    }

    public File facturX(Invoice invoice) {
        return new File(
                invoice.getNumber() + "-factur-x.xml",
                "application/xml",
                kept(invoice, "FACTUR-X", () -> renderer().facturX(documents.of(invoice))));
    }

    public File ubl(Invoice invoice) {
        return new File(
                invoice.getNumber() + "-ubl.xml",
                "application/xml",
                kept(invoice, "UBL", () -> renderer().ubl(documents.of(invoice))));
    }

    /** The PDF attached to the email that sends this issued invoice: the kept one, made now if it is the first. */
    public byte[] pdfToSend(long invoiceId, InvoiceDocument document) {
        if (rendering.getIfAvailable() == null) {
            throw new RenderingUnavailable();
        }
        return store.kept(invoiceId, "PDF", () -> renderer().pdf(document), clock.instant());
    }

    /** Only an issued invoice's files are kept (a draft has none: {@link InvoiceDocuments#of} refuses it). */
    private byte[] kept(Invoice invoice, String kind, Supplier<byte[]> render) {
        if (!invoice.getStatus().isIssued()) {
            return render.get();
        }
        if (rendering.getIfAvailable() == null) {
            throw new RenderingUnavailable();
        }
        return store.kept(invoice.getId(), kind, render, clock.instant());
    }

    private InvoiceRendering renderer() {
        InvoiceRendering renderer = rendering.getIfAvailable();
        if (renderer == null) {
            throw new RenderingUnavailable();
        }
        return renderer;
    }
}
