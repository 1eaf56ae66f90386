package fr.guichet.requests;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who becomes a new customer request's interlocutor (its owner), as the administrator chose in
 * {@code /back/admin/interlocutors} (ADR 0020). Each rule tries its own source first, then falls back along a chain, so
 * that a request gets an owner whenever anyone can be one, even when a routing rule sends it straight to a team:
 *
 * <ul>
 *   <li>{@link #ACCOUNT_MANAGER}: the customer's account manager (an active front-office staff member), else the agent
 *       who records it at the desk, else balanced;
 *   <li>{@link #BALANCED}: the present front-office staff member who owns the fewest open requests (the oldest account
 *       on a tie), else the recorder, else the account manager;
 *   <li>{@link #RECORDER}: the agent who records it at the desk, else the account manager, else balanced.
 * </ul>
 *
 * An internal request is owned by the colleague who files it, whatever the rule. Nobody is chosen only when no source
 * gives anyone (no recorder, no account manager, nobody of the front office present): the request then waits in the
 * desk's "without an interlocutor" list.
 */
public enum InterlocutorPolicy {
    ACCOUNT_MANAGER(Source.ACCOUNT_MANAGER, Source.RECORDER, Source.BALANCED),
    BALANCED(Source.BALANCED, Source.RECORDER, Source.ACCOUNT_MANAGER),
    RECORDER(Source.RECORDER, Source.ACCOUNT_MANAGER, Source.BALANCED);

    /** Where an interlocutor may come from. */
    public enum Source {
        ACCOUNT_MANAGER,
        BALANCED,
        RECORDER
    }

    /**
     * What each source would give for one request; {@code balanced} is asked only when reached (it takes a lock).
     *
     * @param accountManager the customer's account manager if they may be an interlocutor
     * @param recorder the front-office agent who records the request at the desk
     * @param balanced the present front-office staff member with the fewest open requests
     */
    public record Candidates(
            Optional<Long> accountManager, Optional<Long> recorder, Supplier<Optional<Long>> balanced) {

        Optional<Long> from(Source source) {
            return switch (source) {
                case ACCOUNT_MANAGER -> accountManager;
                case RECORDER -> recorder;
                case BALANCED -> balanced.get();
            };
        }
    }

    private final List<Source> chain;

    InterlocutorPolicy(Source... chain) {
        this.chain = List.of(chain);
    }

    /** The sources in the order they are tried. */
    public List<Source> chain() {
        return chain;
    }

    /** The interlocutor: the first source of the chain that gives someone. */
    public Optional<Long> choose(Candidates candidates) {
        for (Source source : chain) {
            Optional<Long> owner = candidates.from(source);
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }
}
