package fr.guichet.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A page of the back office's list: its rows, how many articles match the filters, and how many there are in each
 * state with the other filters (for the status tabs).
 */
public record ArticlePage(List<ArticleRow> rows, long total, int page, int size, Map<ArticleStatus, Long> byStatus) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public long allStatuses() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
