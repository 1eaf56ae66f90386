package fr.guichet.billing;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The tests' renderer until the application has its own (Factur-X, issue 15 part E): a one-page text PDF and a tiny
 * XML naming the invoice. A fallback: the application's real renderer, when there is one, is the one used.
 */
@Component
@Fallback
class StandInInvoiceRendering implements InvoiceRendering {

    @Override
    public byte[] pdf(InvoiceDocument document) {
        return ("%PDF-1.4\n% stand-in for " + document.number() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] facturX(InvoiceDocument document) {
        return xml("rsm:CrossIndustryInvoice", document);
    }

    @Override
    public byte[] ubl(InvoiceDocument document) {
        return xml("Invoice", document);
    }

    private static byte[] xml(String root, InvoiceDocument document) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + root + " id=\"" + document.number() + "\"/>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
