package fr.guichet.requests.web;

import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.NewAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** The files chosen in a form, as the attachments service takes them. */
final class UploadedFiles {

    private final List<MultipartFile> chosen;

    private UploadedFiles(List<MultipartFile> chosen) {
        this.chosen = chosen;
    }

    /** The files of a multipart field, without the empty entry a browser sends when none was chosen. */
    static UploadedFiles of(List<MultipartFile> files) {
        return new UploadedFiles(
                files == null
                        ? List.of()
                        : files.stream()
                                .filter(f -> !f.isEmpty()
                                        || (f.getOriginalFilename() != null
                                                && !f.getOriginalFilename().isBlank()))
                                .toList());
    }

    boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** The message key of the first file the attachment policy refuses (checked before a new request is submitted). */
    Optional<String> violation(AttachmentManagement attachments) {
        for (MultipartFile file : chosen) {
            Optional<String> violation = attachments.violation(file.getOriginalFilename(), file.getSize());
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    /** A file the policy refuses: its name, and why. */
    record Refusal(String filename, String messageKey) {}

    /** The first file the attachment policy refuses, named (for the message next to the field). */
    Optional<Refusal> refusal(AttachmentManagement attachments) {
        for (MultipartFile file : chosen) {
            Optional<String> violation = attachments.violation(file.getOriginalFilename(), file.getSize());
            if (violation.isPresent()) {
                return Optional.of(new Refusal(String.valueOf(file.getOriginalFilename()), violation.get()));
            }
        }
        return Optional.empty();
    }

    List<NewAttachment> files() {
        return chosen.stream()
                .map(file -> {
                    try {
                        return new NewAttachment(file.getOriginalFilename(), file.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
