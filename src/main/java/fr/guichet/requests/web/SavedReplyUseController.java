package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.RenderedReply;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.SavedReplyManagement;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Saved replies used on a request: the filled text the picker's script inserts into the composer ({@code
 * GET .../saved-replies/{id}}, plain text), and the page without script that shows it to copy ({@code
 * GET .../saved-replies?reply={id}}).
 */
@Controller
@RequestMapping("/{zone:desk|back}/requests/{reference}/saved-replies")
class SavedReplyUseController {

    private final SavedReplyManagement replies;
    private final RequestManagement requests;

    SavedReplyUseController(SavedReplyManagement replies, RequestManagement requests) {
        this.replies = replies;
        this.requests = requests;
    }

    @GetMapping("/{id}")
    @ResponseBody
    ResponseEntity<String> rendered(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable String reference, @PathVariable long id) {
        RenderedReply reply = replies.render(user, id, reference);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Language", reply.language().code())
                .body(reply.text());
    }

    @GetMapping
    String use(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(required = false) Long reply,
            Model model) {
        model.addAttribute("zone", zone);
        model.addAttribute("request", requests.visibleTo(user, reference));
        model.addAttribute("rendered", reply == null ? null : replies.render(user, reply, reference));
        return "requests/saved-replies-use";
    }
}
