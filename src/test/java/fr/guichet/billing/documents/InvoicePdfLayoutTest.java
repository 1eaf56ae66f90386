package fr.guichet.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.InvoiceDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The invoice's look comes from its template and the company's settings, not from code. */
class InvoicePdfLayoutTest {

    private final ResourceBundleMessageSource messages = messages();
    private final InvoiceMentions mentions = new InvoiceMentions(messages);

    @Test
    void theCompanysColourLogoAndFooterAreThoseOfThePrintedInvoice() throws Exception {
        InvoicePdfLayout layout = new InvoicePdfLayout(messages, new InvoicePdfSettings("", ""));
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);
        String logo = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());

        String fo = layout.fo(
                invoice,
                mentions.of(invoice),
                new InvoicePdfLayout.Look("#8a1c1c", "#f3e4e4", logo, "Merci de votre confiance", "Mentions"));

        assertThat(fo)
                .contains("color=\"#8a1c1c\"", "background-color=\"#8a1c1c\"", "background-color=\"#f3e4e4\"")
                .contains("url(" + logo + ")");
        byte[] pdf = new PdfA3Printer().pdf(fo, "Facture", "Atelier");
        assertThat(InvoiceRenderingIT.text(pdf)).contains("Merci de votre confiance", "Mentions", "FA-2026-000042");
    }

    @Test
    void aCompanysOwnTemplateIsUsedInsteadOfTheBuiltInOne(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("invoice.fo"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:th="http://www.thymeleaf.org"
                         font-family="InvoiceSans">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-height="297mm" page-width="210mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="p">
                    <fo:flow flow-name="xsl-region-body">
                      <fo:block th:text="${'Notre modèle : ' + d.number + ' — ' + f.money(d.amountDue)}">x</fo:block>
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """);
        InvoicePdfLayout layout = new InvoicePdfLayout(messages, new InvoicePdfSettings("", folder.toString()));
        InvoiceDocument invoice = SampleInvoices.invoice(Locale.FRENCH);

        String fo = layout.fo(
                invoice, mentions.of(invoice), new InvoicePdfLayout.Look("#1f4e79", "#e4eaf0", null, null, "M"));

        assertThat(InvoiceRenderingIT.text(new PdfA3Printer().pdf(fo, "Facture", "Atelier")))
                .contains("Notre modèle : FA-2026-000042 — 651,40 €");
    }

    @Test
    void aTemplateFolderWithoutTheTemplateIsRefusedAtStartUp(@TempDir Path folder) {
        assertThatThrownBy(() -> new InvoicePdfLayout(messages, new InvoicePdfSettings("", folder.toString())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invoice.fo");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(138, 28, 28));
        g.fillOval(0, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
