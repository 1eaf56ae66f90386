package fr.guichet.requests.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.UserManagement;
import fr.guichet.requests.Rating;
import fr.guichet.requests.RatingManagement;
import fr.guichet.requests.RequestActRefused;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team lead's view of what customers said: their team's ratings and comments, newest first (admins: all). */
@Controller
class BackRatingsController {

    private final RatingManagement ratings;
    private final UserManagement users;
    private final RequestPages pages;

    BackRatingsController(RatingManagement ratings, UserManagement users, RequestPages pages) {
        this.ratings = ratings;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping("/back/requests/ratings")
    String ratings(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        List<Rating> list;
        try {
            list = ratings.ratingsFor(user);
        } catch (RequestActRefused refused) {
            throw new AccessDeniedException(refused.messageKey());
        }
        model.addAttribute("ratings", list);
        model.addAttribute(
                "average", list.stream().mapToInt(Rating::score).average().orElse(0));
        model.addAttribute(
                "commented", list.stream().filter(r -> r.comment() != null).count());
        model.addAttribute("teamNames", pages.teamNames());
        model.addAttribute(
                "userNames", users.names(list.stream().map(Rating::ownerId).toList()));
        return "requests/back-ratings";
    }
}
