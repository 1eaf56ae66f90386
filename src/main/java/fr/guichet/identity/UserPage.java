package fr.guichet.identity;

import java.util.List;
import java.util.Map;

/**
 * One page of the administrators' list of users and how many match: in all, by kind (under the other criteria) and
 * by status (under the other criteria), so that each filter shows its count.
 */
public record UserPage(
        List<UserAccount> users,
        UserSearch search,
        long total,
        Map<AccountKind, Long> byKind,
        Map<UserSearch.Status, Long> byStatus) {

    /** Accounts of one kind that match the criteria other than the kind. */
    public long kindCount(AccountKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }

    /** Accounts of every kind that match the criteria other than the kind. */
    public long allKinds() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long statusCount(UserSearch.Status status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long allStatuses() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public int pages() {
        return (int) Math.max(1, (total + UserSearch.PAGE_SIZE - 1) / UserSearch.PAGE_SIZE);
    }

    /** Position of the first and last account shown, from 1 (0 and 0 when none). */
    public long first() {
        return users.isEmpty() ? 0 : search.offset() + 1L;
    }

    public long last() {
        return search.offset() + (long) users.size();
    }

    public boolean hasNext() {
        return search.page() < pages();
    }

    public boolean hasPrevious() {
        return search.page() > 1;
    }
}
