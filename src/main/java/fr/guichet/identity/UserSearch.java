package fr.guichet.identity;

/**
 * What the administrators' list of users is narrowed to: text in the name, username or email; a kind (staff,
 * customers, integrations); a team; a role; a status; and which page (from 1). Each criterion may be absent.
 */
public record UserSearch(String text, AccountKind kind, Long teamId, Role role, Status status, int page) {

    public static final int PAGE_SIZE = 25;

    /** Whether the account may sign in. */
    public enum Status {
        ACTIVE,
        DISABLED;

        boolean matches(boolean enabled) {
            return enabled == (this == ACTIVE);
        }
    }

    public UserSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        page = Math.max(page, 1);
    }

    public static UserSearch everyone() {
        return new UserSearch(null, null, null, null, null, 1);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }
}
