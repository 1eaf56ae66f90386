package fr.guichet.company;

import java.time.Instant;

/**
 * A version of the company's terms of sale (CGV), as quotes attach them: the text, the SHA-256 of its UTF-8 bytes that
 * names the version (kept as proof when a customer accepts a quote), who stored it and when. Until the legal issue
 * versions legal documents, this is where they are kept.
 */
public record TermsOfSale(long id, String content, String sha256, String changedBy, Instant changedAt) {

    public static final int CONTENT_MAX = 60_000;
}
