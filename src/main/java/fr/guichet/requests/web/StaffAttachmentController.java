package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.AttachmentManagement;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff attach files to a request from the desk or the back office: for the customer to see (a quote, a procedure)
 * or, ticked "for colleagues only", for staff alone. Who may attach is the attachments service's rule.
 */
@Controller
class StaffAttachmentController {

    private final AttachmentManagement attachments;
    private final RequestPages pages;

    StaffAttachmentController(AttachmentManagement attachments, RequestPages pages) {
        this.attachments = attachments;
        this.pages = pages;
    }

    @PostMapping("/{zone:desk|back}/requests/{reference}/attachments")
    String attach(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean internal,
            Model model,
            RedirectAttributes redirect) {
        UploadedFiles uploaded = UploadedFiles.of(files);
        return pages.act(
                user,
                reference,
                model,
                redirect,
                zone,
                "attach",
                null,
                "requests.attachment.added",
                request -> attachments.attach(request, uploaded.files(), user, internal));
    }
}
