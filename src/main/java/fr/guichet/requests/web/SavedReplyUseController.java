package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.ComposerAct;
import fr.guichet.requests.RenderedReply;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.SavedReplyManagement;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Saved replies used on a request: the filled text the picker's script inserts into the composer ({@code
 * GET .../saved-replies/{id}}, plain text); without script, the composer's text with the reply added ({@code
 * POST .../saved-replies}), and a page that shows it to copy ({@code GET .../saved-replies?reply={id}}).
 */
@Controller
@RequestMapping("/{zone:desk|back}/requests/{reference}/saved-replies")
class SavedReplyUseController {

    private final SavedReplyManagement replies;
    private final RequestManagement requests;
    private final RequestPages pages;

    SavedReplyUseController(SavedReplyManagement replies, RequestManagement requests, RequestPages pages) {
        this.replies = replies;
        this.requests = requests;
        this.pages = pages;
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

    /**
     * The picker's button without script, inside the composer: the request's page again, the reply added to the text
     * being written and the act kept (nothing is sent; the files chosen must be chosen again, as after any form).
     */
    @PostMapping
    String insert(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable String zone,
            @PathVariable String reference,
            @RequestParam(required = false) Long reply,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String act,
            Model model) {
        Request request = requests.visibleTo(user, reference);
        Arrays.stream(ComposerAct.values())
                .filter(known -> known.name().equals(act))
                .findFirst()
                .ifPresent(chosen -> model.addAttribute("act", chosen));
        pages.page(model, user, request, zone);
        String typed = body == null ? "" : body.stripTrailing();
        if (reply != null) {
            String text = replies.render(user, reply, reference).text();
            typed = typed.isEmpty() ? text : typed + "\n\n" + text;
        }
        model.addAttribute("draft", typed);
        model.addAttribute("pagePath", "/" + zone + "/requests/" + reference);
        return "requests/" + zone + "-request";
    }
}
