package fr.guichet.requests;

import java.time.Instant;

/**
 * A file attached to a request (without its content, which is read only to serve it).
 *
 * @param internal attached by staff for staff: never shown to the customer
 */
public record Attachment(
        long id,
        long requestId,
        String filename,
        String contentType,
        long size,
        String uploadedBy,
        Instant createdAt,
        boolean internal) {}
