package fr.guichet.company;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The company's logo: a PNG, JPEG or SVG image of at most {@value #MAX_BYTES} bytes, recognised by its content (not its
 * name). An SVG is accepted only when it can do nothing but draw: no script, no event attribute ({@code onload}…), no
 * reference outside itself (links, images, styles or fonts from elsewhere), no embedded HTML, no DOCTYPE; otherwise it
 * is refused with the reason, never rewritten behind the person's back.
 *
 * @param content the image's bytes
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 * @param digest the SHA-256 of the content (hexadecimal), the served ETag
 * @param version 1 for the first logo, one more at each change: the {@code ?v=} of its address
 */
public record CompanyLogo(byte[] content, String mediaType, String digest, int version) {

    /** 512 KB: more than enough for a logo, little for a page that shows it on every request. */
    public static final int MAX_BYTES = 512 * 1024;

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    private static final Set<String> DRAWING_ONLY_FORBIDDEN = Set.of(
            "script",
            "foreignobject",
            "iframe",
            "embed",
            "object",
            "audio",
            "video",
            "animate",
            "set",
            "animatemotion",
            "animatetransform",
            "handler",
            "listener");

    /**
     * The media type of an upload, checked: its content must be a PNG, a JPEG or a harmless SVG within the size limit.
     *
     * @throws CompanyRuleViolation (field {@code logo}) saying what is wrong
     */
    public static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new CompanyRuleViolation("logo", "company.logo.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new CompanyRuleViolation("logo", "company.logo.error.size", MAX_BYTES / 1024);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        checkSvg(content);
        try {
            // what emails and PDFs will show (CompanyManagement.bitmapLogo): refused now rather than missing there
            SvgLogoRaster.png(content);
        } catch (IllegalArgumentException undrawable) {
            throw new CompanyRuleViolation("logo", "company.logo.error.svg-undrawable");
        }
        return SVG;
    }

    /** The digest of a content: its ETag. */
    public static String digestOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file extension of the media type, for a downloaded file's name. */
    public String extension() {
        return switch (mediaType) {
            case PNG -> "png";
            case JPEG -> "jpg";
            default -> "svg";
        };
    }

    private static void checkSvg(byte[] content) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (Exception notXml) {
            throw new CompanyRuleViolation("logo", "company.logo.error.type");
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !"http://www.w3.org/2000/svg".equals(root.getNamespaceURI())) {
            throw new CompanyRuleViolation("logo", "company.logo.error.type");
        }
        checkElement(root);
    }

    private static void checkElement(Element element) {
        String name = element.getLocalName() == null
                ? element.getNodeName().toLowerCase(Locale.ROOT)
                : element.getLocalName().toLowerCase(Locale.ROOT);
        if (DRAWING_ONLY_FORBIDDEN.contains(name)) {
            throw new CompanyRuleViolation("logo", "company.logo.error.svg-active", name);
        }
        if ("style".equals(name) && refersOutside(element.getTextContent())) {
            throw new CompanyRuleViolation("logo", "company.logo.error.svg-external", name);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                    .toLowerCase(Locale.ROOT);
            String value = attribute.getValue().strip();
            if (attributeName.startsWith("on")) {
                throw new CompanyRuleViolation("logo", "company.logo.error.svg-active", attributeName);
            }
            if (("href".equals(attributeName) || "src".equals(attributeName)) && !value.startsWith("#")) {
                throw new CompanyRuleViolation("logo", "company.logo.error.svg-external", attributeName);
            }
            if (refersOutside(value)) {
                throw new CompanyRuleViolation("logo", "company.logo.error.svg-external", attributeName);
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                checkElement(childElement);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw new CompanyRuleViolation("logo", "company.logo.error.svg-external", child.getNodeName());
            }
        }
    }

    /** A {@code url(…)} that is not a fragment of the same image, an {@code @import}, or a {@code javascript:} link. */
    private static boolean refersOutside(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (lower.contains("@import") || lower.contains("javascript:") || lower.contains("expression(")) {
            return true;
        }
        int at = lower.indexOf("url(");
        while (at >= 0) {
            String rest = lower.substring(at + 4).replace("'", "").replace("\"", "");
            if (!rest.startsWith("#")) {
                return true;
            }
            at = lower.indexOf("url(", at + 4);
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
