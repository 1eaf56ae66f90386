package fr.guichet.requests;

import fr.guichet.shared.TextInput;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which files may be attached: at most {@code maxBytes}, and only of the allowed types, recognised by their extension
 * (the browser's declared type is not trusted). The content type served back is the one the policy gives.
 */
public final class AttachmentPolicy {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("log", "text/plain"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("zip", "application/zip"));

    private final long maxBytes;
    private final Set<String> allowedExtensions;

    public AttachmentPolicy(long maxBytes, Set<String> allowedExtensions) {
        this.maxBytes = maxBytes;
        this.allowedExtensions = allowedExtensions.stream()
                .map(e -> e.strip().toLowerCase(Locale.ROOT))
                .filter(KNOWN::containsKey)
                .collect(Collectors.toCollection(TreeSet::new)); // sorted, as the form lists them
    }

    /** The message key of what is wrong with the file, or empty when it may be attached. */
    public Optional<String> violation(String filename, long size) {
        if (size <= 0) {
            return Optional.of("requests.attachment.error.empty");
        }
        if (size > maxBytes) {
            return Optional.of("requests.attachment.error.too-large");
        }
        if (contentType(filename).isEmpty()) {
            return Optional.of("requests.attachment.error.type");
        }
        return Optional.empty();
    }

    public Optional<String> contentType(String filename) {
        String extension = extension(filename);
        return allowedExtensions.contains(extension) ? Optional.of(KNOWN.get(extension)) : Optional.empty();
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<String> allowedExtensions() {
        return allowedExtensions;
    }

    /** A name safe to store and to send back: no path, no control characters, at most 200 characters. */
    public static String safeName(String filename) {
        String name = filename == null
                ? "fichier"
                : TextInput.normalise(filename, false).replace('\\', '/');
        // no control or format character: a right-to-left override would show "facture-2026exe.pdf" for a .exe
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "")
                .strip();
        if (name.isEmpty()) {
            name = "fichier";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static String extension(String filename) {
        String name = safeName(filename);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
