package fr.guichet.company;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Element;

/**
 * An SVG logo drawn as a PNG, for what shows bitmaps only: emails (mail clients do not show SVG) and the documents
 * written with OpenPDF (contracts, quotes). Batik's transcoder, with scripts and outside resources off (the logo was
 * checked to hold neither, {@link CompanyLogo#check}); {@value #HEIGHT} pixels high, enough for print at the 40 pt the
 * documents give it.
 */
final class SvgLogoRaster {

    static final int HEIGHT = 240;

    private SvgLogoRaster() {}

    /**
     * The PNG of an SVG drawing.
     *
     * @throws IllegalArgumentException when Batik cannot draw it
     */
    static byte[] png(byte[] svg) {
        PNGTranscoder transcoder = new PNGTranscoder();
        // both sides, in the drawing's own proportions (Batik alone takes 400 × 400 for a drawing without a size)
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) HEIGHT);
        transcoder.addTranscodingHint(
                SVGAbstractTranscoder.KEY_WIDTH, (float) Math.max(1, Math.round(HEIGHT * aspectRatio(svg))));
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
            transcoder.transcode(input, new TranscoderOutput(out));
        } catch (Exception | LinkageError unreadable) {
            throw new IllegalArgumentException("The SVG logo cannot be drawn: " + unreadable.getMessage(), unreadable);
        }
        if (out.size() == 0) {
            throw new IllegalArgumentException("The SVG logo drew nothing");
        }
        return out.toByteArray();
    }

    /**
     * Width over height, from the root's {@code viewBox}, or else its {@code width} and {@code height} in user units
     * (or any one unit); 1 when it says neither. At most 8: a wider logo is drawn on a wider-than-usual strip.
     */
    static double aspectRatio(byte[] svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Element root = builder.parse(new ByteArrayInputStream(svg)).getDocumentElement();
            String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
            double ratio = box.length == 4
                    ? Double.parseDouble(box[2]) / Double.parseDouble(box[3])
                    : length(root.getAttribute("width")) / length(root.getAttribute("height"));
            return Double.isFinite(ratio) && ratio > 0 ? Math.min(ratio, 8) : 1;
        } catch (Exception unknown) {
            return 1;
        }
    }

    private static double length(String value) {
        return Double.parseDouble(value.trim().replaceAll("[a-zA-Z%]+$", ""));
    }
}
