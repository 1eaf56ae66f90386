package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Attachment;
import fr.guichet.requests.AttachmentManagement;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.UnknownRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads an attachment, in any zone, only for someone who may see its request (and, for a file attached for staff
 * only, only for staff); always as a download, never rendered inline, so that an uploaded file cannot run as a page
 * of Guichet.
 */
@RestController
class AttachmentController {

    private final RequestManagement requests;
    private final AttachmentManagement attachments;

    AttachmentController(RequestManagement requests, AttachmentManagement attachments) {
        this.requests = requests;
        this.attachments = attachments;
    }

    @GetMapping("/{zone:portal|desk|back}/requests/{reference}/attachments/{id}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable String reference, @PathVariable long id) {
        Request request = requests.visibleTo(user, reference);
        Attachment attachment = attachments.attachmentsFor(user, request).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new UnknownRequest(reference + "/" + id));
        byte[] content = attachments.content(request.getId(), id).orElseThrow(() -> new UnknownRequest(reference));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
