package fr.guichet.billing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issued invoice's files as they were first made (V60): rendered once, then always that file. Two first downloads
 * at the same moment both render; the first to write is kept (the second insert waits for it, then does nothing) and
 * both answer the kept one. Written in the caller's transaction: a send by email keeps the very PDF it attaches.
 */
@Component
public class InvoiceFileStore {

    private final JdbcClient jdbc;

    InvoiceFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kept file of this kind, made by {@code render} and kept if there is none yet. */
    @Transactional
    public byte[] kept(long invoiceId, String kind, Supplier<byte[]> render, Instant now) {
        Optional<byte[]> kept = find(invoiceId, kind);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] content = render.get();
        jdbc.sql("INSERT INTO billing_invoice_file (invoice_id, kind, sha256, content, created_at)"
                        + " VALUES (:invoice, :kind, :sha256, :content, :at) ON CONFLICT DO NOTHING")
                .param("invoice", invoiceId)
                .param("kind", kind)
                .param("sha256", sha256(content))
                .param("content", content)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        return find(invoiceId, kind).orElse(content);
    }

    private Optional<byte[]> find(long invoiceId, String kind) {
        return jdbc.sql("SELECT content FROM billing_invoice_file WHERE invoice_id = :invoice AND kind = :kind")
                .param("invoice", invoiceId)
                .param("kind", kind)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
