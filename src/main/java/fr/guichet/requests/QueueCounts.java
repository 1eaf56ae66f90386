package fr.guichet.requests;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How many requests of a team's queue each filter option would show, the other filters staying as they are: the
 * queue's selects read "Technical (4)". Built from one grouped count (status, category, priority, assignee, late)
 * of the team's requests, so that a count always matches the list the option opens. The due-time windows and age
 * buckets ({@link DueWindow}, {@link AgeBucket}) are counted the same way: the home panels read their figures here.
 */
public final class QueueCounts {

    /**
     * One group of the count: the requests with these values. {@code late}: past due while the clock runs;
     * {@code windows}: the due-time windows they are in; {@code age}: their age bucket.
     */
    public record Cell(
            RequestStatus status,
            Category category,
            Priority priority,
            Long assigneeId,
            boolean late,
            long count,
            Set<DueWindow> windows,
            @Nullable AgeBucket age) {

        public Cell {
            windows = windows.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(windows));
        }

        public Cell(
                RequestStatus status, Category category, Priority priority, Long assigneeId, boolean late, long count) {
            this(status, category, priority, assigneeId, late, count, Set.of(), null);
        }
    }

    private final List<Cell> cells;
    private final QueueFilter filter;

    public QueueCounts(List<Cell> cells, QueueFilter filter) {
        this.cells = List.copyOf(cells);
        this.filter = filter;
    }

    /** What the queue shows now, under every filter. */
    public long total() {
        return sum(cell -> byStatus(cell) && byCategory(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell));
    }

    /** The open requests (the status filter's default), under the other filters. */
    public long open() {
        return sum(cell ->
                cell.status().isOpen() && byCategory(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell));
    }

    public long status(RequestStatus status) {
        return sum(cell ->
                cell.status() == status && byCategory(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell));
    }

    public long allCategories() {
        return sum(cell -> byStatus(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell));
    }

    public long category(Category category) {
        return sum(cell ->
                cell.category() == category && byStatus(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell));
    }

    public long allPriorities() {
        return sum(cell -> byStatus(cell) && byCategory(cell) && byAssignee(cell) && byLate(cell));
    }

    public long priority(Priority priority) {
        return sum(cell ->
                cell.priority() == priority && byStatus(cell) && byCategory(cell) && byAssignee(cell) && byLate(cell));
    }

    /** Assigned to anyone or no one, under the other filters. */
    public long anyone() {
        return sum(cell -> byStatus(cell) && byCategory(cell) && byPriority(cell) && byLate(cell));
    }

    public long assignee(long assigneeId) {
        return sum(cell -> Objects.equals(cell.assigneeId(), assigneeId)
                && byStatus(cell)
                && byCategory(cell)
                && byPriority(cell)
                && byLate(cell));
    }

    public long unassigned() {
        return sum(cell ->
                cell.assigneeId() == null && byStatus(cell) && byCategory(cell) && byPriority(cell) && byLate(cell));
    }

    /** The late ones, under the other filters (the "overdue" box's count). */
    public long late() {
        return sum(cell -> cell.late() && byStatus(cell) && byCategory(cell) && byPriority(cell) && byAssignee(cell));
    }

    private long sum(Predicate<Cell> kept) {
        return cells.stream()
                .filter(kept.and(this::byWindows))
                .mapToLong(Cell::count)
                .sum();
    }

    /** In a due-time window, under the other filters (the home panels' "due today", "at risk"…). */
    public long in(DueWindow window) {
        return sumAcrossWindows(cell -> cell.windows().contains(window) && byAge(cell) && byOthers(cell));
    }

    /** In an age bucket, under the other filters (the team lead's backlog by age). */
    public long aged(AgeBucket bucket) {
        return sumAcrossWindows(cell -> cell.age() == bucket && byDue(cell) && byOthers(cell));
    }

    /** Whatever the due time, under the other filters (the due-time select's first option). */
    public long anyDue() {
        return sumAcrossWindows(cell -> byAge(cell) && byOthers(cell));
    }

    /** Whatever the age, under the other filters (the age select's first option). */
    public long anyAge() {
        return sumAcrossWindows(cell -> byDue(cell) && byOthers(cell));
    }

    /** The count of the cells kept, the window filters left to {@code kept} (which sets one of them itself). */
    private long sumAcrossWindows(Predicate<Cell> kept) {
        return cells.stream().filter(kept).mapToLong(Cell::count).sum();
    }

    /** Every filter but the due-time and age windows. */
    private boolean byOthers(Cell cell) {
        return byStatus(cell) && byCategory(cell) && byPriority(cell) && byAssignee(cell) && byLate(cell);
    }

    private boolean byWindows(Cell cell) {
        return byDue(cell) && byAge(cell);
    }

    private boolean byDue(Cell cell) {
        return filter.due() == null || cell.windows().contains(filter.due());
    }

    private boolean byAge(Cell cell) {
        return filter.age() == null || cell.age() == filter.age();
    }

    private boolean byStatus(Cell cell) {
        return filter.status() == null ? cell.status().isOpen() : cell.status() == filter.status();
    }

    private boolean byCategory(Cell cell) {
        return filter.category() == null || cell.category() == filter.category();
    }

    private boolean byPriority(Cell cell) {
        return filter.priority() == null || cell.priority() == filter.priority();
    }

    private boolean byAssignee(Cell cell) {
        if (filter.unassignedOnly()) {
            return cell.assigneeId() == null;
        }
        return filter.assigneeId() == null || filter.assigneeId().equals(cell.assigneeId());
    }

    private boolean byLate(Cell cell) {
        return !filter.overdueOnly() || cell.late();
    }
}
