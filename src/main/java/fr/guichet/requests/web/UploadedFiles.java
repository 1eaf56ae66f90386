package fr.guichet.requests.web;

import fr.guichet.requests.Actor;
import fr.guichet.requests.RequestManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** The files chosen in a form: checked all together before anything is saved, so that nothing is half attached. */
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

    /** The message key of the first file the attachment policy refuses. */
    Optional<String> violation(RequestManagement requests) {
        for (MultipartFile file : chosen) {
            Optional<String> violation =
                    requests.attachmentPolicy().violation(file.getOriginalFilename(), file.getSize());
            if (violation.isPresent()) {
                return violation;
            }
        }
        return Optional.empty();
    }

    void attachTo(RequestManagement requests, long requestId, Actor by, boolean fromCustomer, boolean internal) {
        for (MultipartFile file : chosen) {
            try {
                requests.attach(requestId, file.getOriginalFilename(), file.getBytes(), by, fromCustomer, internal);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
