package fr.guichet.notifications;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file joined to an email (an invoice's or a quote's PDF): kept in the outbox with its mail, so that a send tried
 * again later carries it too.
 *
 * @param filename the name the recipient sees, without any folder
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param content its bytes
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

    /** Larger files are refused: mail servers commonly refuse messages above 10 MB once encoded. */
    public static final int MAX_BYTES = 7 * 1024 * 1024;

    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        filename = filename.replaceAll(".*[/\\\\]", "")
                .replaceAll("[\\r\\n\"]", "")
                .strip();
        if (filename.isEmpty() || filename.length() > 200) {
            throw new IllegalArgumentException("An attachment needs a name of 1 to 200 characters");
        }
        if (!contentType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("Not a media type: " + contentType);
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Attachment " + filename + " is larger than " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
