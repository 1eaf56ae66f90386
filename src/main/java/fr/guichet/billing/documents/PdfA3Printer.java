package fr.guichet.billing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.springframework.stereotype.Component;

/**
 * Prints XSL-FO as a PDF/A-3b (Apache FOP): every font embedded, an sRGB output intent. Resources come from the
 * classpath only (the fonts) or from {@code data:} URIs (the logo): never from a file or the network.
 */
@Component
public class PdfA3Printer {

    private final FopFactory fop;

    PdfA3Printer() {
        try (InputStream config = getClass().getResourceAsStream("fop.xconf")) {
            URI base = URI.create("classpath:/");
            ClasspathOnly resolver = new ClasspathOnly();
            fop = new FopFactoryBuilder(base, resolver)
                    .setConfiguration(new DefaultConfigurationBuilder().build(config))
                    .build();
            // the fonts are read through the same resolver (FOP's own knows no classpath: URIs)
            fop.getFontManager()
                    .setResourceResolver(ResourceResolverFactory.createInternalResourceResolver(base, resolver));
        } catch (Exception e) {
            throw new IllegalStateException("FOP's configuration for invoices cannot be read", e);
        }
    }

    /** The PDF/A-3b of an XSL-FO document (the invoices' and the reminder letters'). */
    public byte[] pdf(String fo, String title, String author) {
        try {
            FOUserAgent agent = fop.newFOUserAgent();
            agent.getRendererOptions().put("pdf-a-mode", "PDF/A-3b");
            agent.setTitle(title);
            agent.setAuthor(author);
            agent.setCreator("Guichet");
            agent.setProducer("Guichet");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Fop printer = fop.newFop("application/pdf", agent, out);
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer identity = factory.newTransformer();
            identity.transform(new StreamSource(new StringReader(fo)), new SAXResult(printer.getDefaultHandler()));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("The invoice could not be printed: " + e.getMessage(), e);
        }
    }

    /** Fonts and profiles from the classpath; nothing from files or the network. */
    private static final class ClasspathOnly implements ResourceResolver {

        @Override
        public Resource getResource(URI uri) throws IOException {
            String path = uri.getScheme() != null && uri.getScheme().equals("classpath")
                    ? uri.getSchemeSpecificPart().replaceFirst("^/+", "")
                    : null;
            InputStream in =
                    path == null ? null : PdfA3Printer.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("Not an invoice resource: " + uri);
            }
            return new Resource(in);
        }

        @Override
        public OutputStream getOutputStream(URI uri) throws IOException {
            throw new IOException("Invoices write nothing but their PDF: " + uri);
        }
    }
}
