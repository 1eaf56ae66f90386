package fr.guichet.billing.documents;

import fr.guichet.billing.InvoiceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Fills the invoice's layout, an XSL-FO template ({@code templates/billing/documents/invoice.fo}, or the company's own
 * copy in {@code guichet.invoice-pdf.template-directory}), with a document: the look is in that file, not in code.
 */
@Component
class InvoicePdfLayout {

    static final String TEMPLATE = "invoice";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    InvoicePdfLayout(MessageSource messages, InvoicePdfSettings settings) {
        if (!settings.templateDirectory().isBlank()) {
            Path own = Path.of(settings.templateDirectory()).toAbsolutePath();
            if (!Files.isRegularFile(own.resolve(TEMPLATE + ".fo"))) {
                throw new IllegalStateException(
                        "guichet.invoice-pdf.template-directory names " + own + ", which has no " + TEMPLATE + ".fo");
            }
            FileTemplateResolver company = new FileTemplateResolver();
            company.setPrefix(own + "/");
            company.setSuffix(".fo");
            company.setTemplateMode(TemplateMode.XML);
            company.setCharacterEncoding("UTF-8");
            company.setCacheable(true);
            company.setOrder(1);
            engine.addTemplateResolver(company);
        } else {
            ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
            builtIn.setPrefix("templates/billing/documents/");
            builtIn.setSuffix(".fo");
            builtIn.setTemplateMode(TemplateMode.XML);
            builtIn.setCharacterEncoding("UTF-8");
            builtIn.setCacheable(true);
            engine.addTemplateResolver(builtIn);
        }
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The XSL-FO of a document, with the company's brand colour, logo (a data: URI) and footer text. */
    String fo(InvoiceDocument document, InvoiceMentions.Texts mentions, Look look) {
        Context context = new Context(document.language());
        context.setVariables(Map.of(
                "d", document,
                "m", mentions,
                "f", new InvoicePdfFormat(document.language()),
                "lang", document.language().getLanguage(),
                "brand", look.brand(),
                "brandSoft", look.brandSoft(),
                "legal", look.legal()));
        context.setVariable("logo", look.logo());
        context.setVariable("footer", look.footer());
        return engine.process(TEMPLATE, context);
    }

    /** The company's look on its documents. */
    record Look(
            String brand,
            String brandSoft,
            @Nullable String logo,
            @Nullable String footer,
            String legal) {}
}
