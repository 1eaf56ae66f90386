package fr.guichet.identity;

import java.util.Map;
import java.util.Optional;

/**
 * A panel of a staff home page (the desk's {@code /desk}, the back office's {@code /back}) contributed by another
 * module — the agent's open requests and those due today, the team lead's backlog and service levels at risk, who is
 * waiting at the counter, the figures of the period — so that the zones' home pages depend on none of them. The panel
 * is a Thymeleaf fragment rendered with the model it returns, for one user: it shows only what that user may see.
 */
public interface StaffHomePanel {

    /** The staff home pages. */
    enum Home {
        DESK,
        BACK
    }

    /** Where the panel stands among the others: lower first. */
    int order();

    /** The fragment to render, as "template :: fragment" (a fragment taking one parameter, the model). */
    String fragment();

    /** What the fragment needs for this user on this home, or nothing when the panel is not for them there. */
    Optional<Map<String, Object>> model(Home home, AccountPrincipal user);
}
