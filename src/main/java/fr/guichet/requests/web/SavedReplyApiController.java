package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.SavedReply;
import fr.guichet.requests.SavedReplyDraft;
import fr.guichet.requests.SavedReplyManagement;
import fr.guichet.requests.web.SavedReplyApiModels.NewSavedReply;
import fr.guichet.requests.web.SavedReplyApiModels.RenderedText;
import fr.guichet.requests.web.SavedReplyApiModels.SavedReplyChange;
import fr.guichet.requests.web.SavedReplyApiModels.SavedReplyList;
import fr.guichet.requests.web.SavedReplyApiModels.SavedReplyView;
import fr.guichet.shared.web.RestApi;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/saved-replies}: the saved replies of the token's account, by the pages' rules ({@link
 * SavedReplyManagement}); and a reply filled for a request.
 */
@RestController
@RestApi
class SavedReplyApiController {

    private final SavedReplyManagement replies;

    SavedReplyApiController(SavedReplyManagement replies) {
        this.replies = replies;
    }

    @GetMapping("/api/v1/saved-replies")
    SavedReplyList list(@AuthenticationPrincipal AccountPrincipal caller) {
        return new SavedReplyList(
                replies.usableBy(caller).stream().map(r -> view(caller, r)).toList(),
                SavedReplyManagement.scopeOf(caller));
    }

    @GetMapping("/api/v1/saved-replies/{id}")
    SavedReplyView get(@AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id) {
        return view(caller, replies.get(caller, id));
    }

    @PostMapping("/api/v1/saved-replies")
    ResponseEntity<SavedReplyView> create(
            @AuthenticationPrincipal AccountPrincipal caller, @RequestBody NewSavedReply body) {
        SavedReply created = replies.create(
                caller, new SavedReplyDraft(body.title(), body.body(), body.language(), body.scope(), body.teamId()));
        return ResponseEntity.created(URI.create("/api/v1/saved-replies/" + created.getId()))
                .body(view(caller, created));
    }

    @PutMapping("/api/v1/saved-replies/{id}")
    SavedReplyView change(
            @AuthenticationPrincipal AccountPrincipal caller,
            @PathVariable long id,
            @Valid @RequestBody SavedReplyChange body) {
        SavedReply changed = replies.change(
                caller,
                id,
                body.version(),
                new SavedReplyDraft(body.title(), body.body(), body.language(), null, null));
        return view(caller, changed);
    }

    @DeleteMapping("/api/v1/saved-replies/{id}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AccountPrincipal caller, @PathVariable long id, @RequestParam int version) {
        replies.delete(caller, id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/requests/{reference}/saved-replies/{id}/rendered")
    RenderedText rendered(
            @AuthenticationPrincipal AccountPrincipal caller, @PathVariable String reference, @PathVariable long id) {
        return RenderedText.of(replies.render(caller, id, reference), reference);
    }

    private static SavedReplyView view(AccountPrincipal caller, SavedReply reply) {
        return SavedReplyView.of(reply, SavedReplyManagement.mayKeep(caller, reply));
    }
}
