package fr.guichet.requests;

import fr.guichet.requests.Message.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the demo company's past being played: the aggregate's own transitions, each at the instant the
 * story has reached, with the messages the management service writes for the same acts (a public message for a reply
 * or a resolution, an internal one for a note, a hand-off, a transfer, a question or an answer). Time only moves
 * forward; when it passes the end of the life the story stops there, so recent requests stay open wherever they are.
 * Overdue requests are escalated when the escalation job would have seen them, so that the job never finds the past
 * to alert anyone about.
 */
final class DemoScene {

    /** A message waiting for its request's id. */
    record Line(
            Long authorId, String authorName, boolean fromCustomer, Visibility visibility, String body, Instant at) {}

    private final Request request;
    private final DemoRhythm rhythm;
    private final Instant end;
    private final List<Line> lines = new ArrayList<>();
    private Instant now;

    DemoScene(Request request, DemoRhythm rhythm, Instant end) {
        this.request = request;
        this.rhythm = rhythm;
        this.end = end;
        this.now = request.getCreatedAt();
    }

    Request request() {
        return request;
    }

    List<Line> lines() {
        return lines;
    }

    Instant now() {
        return now;
    }

    /** Moves on by {@code amount} of business time; false when that is past the end of the life. */
    boolean later(Duration amount) {
        return moveTo(rhythm.after(now, amount));
    }

    /** Moves on by {@code amount} of plain time (a customer answering in the evening); false past the end. */
    boolean laterPlain(Duration amount) {
        return moveTo(now.plus(amount));
    }

    /**
     * The story is over: a request still open and overdue today is escalated as the job would have done, so that the
     * job finds nothing of the past to alert about at the first start.
     */
    void finish() {
        if (request.getStatus().isOpen()) {
            moveTo(end);
        }
    }

    private boolean moveTo(Instant next) {
        Instant reached = next.isAfter(end) ? end : next;
        if (request.isOverdue(reached) && request.getEscalatedAt() == null) {
            Instant seen = request.getResolutionDue().plusSeconds(60);
            request.escalate(seen.isAfter(now) ? (seen.isAfter(reached) ? reached : seen) : now);
        }
        now = reached;
        return !next.isAfter(end);
    }

    void assign(Actor member, Actor by) {
        request.assign(member.userId(), by, now);
    }

    void putInProgress(Actor by) {
        request.putInProgress(by, now);
    }

    void changePriority(Priority priority, Actor by) {
        request.changePriority(priority, by, now);
    }

    void reply(Actor by, String text, boolean waitForCustomer) {
        request.replyToCustomer(RequestManagement.excerpt(text), waitForCustomer, by, now);
        line(by, false, Visibility.PUBLIC, text);
    }

    void resolve(Actor by, String text, boolean atFirstContact) {
        request.resolve(RequestManagement.excerpt(text), atFirstContact, by, now);
        line(by, false, Visibility.PUBLIC, text);
    }

    void customerReply(Actor customer, String text) {
        request.customerReplied(RequestManagement.excerpt(text), customer, now);
        line(customer, true, Visibility.PUBLIC, text);
    }

    void note(Actor by, String text) {
        request.internalNote(RequestManagement.excerpt(text), by, now);
        line(by, false, Visibility.INTERNAL, text);
    }

    void handOff(DemoCast.Crew team, String note, Actor by) {
        request.handOff(team.id(), note, by, now);
        line(by, false, Visibility.INTERNAL, note);
    }

    void transfer(DemoCast.Crew team, String reason, Actor by) {
        request.transfer(team.id(), reason, by, now);
        line(by, false, Visibility.INTERNAL, reason);
    }

    void returnToOwner(String answer, Actor by) {
        request.returnToOwner(answer, by, now);
        line(by, false, Visibility.INTERNAL, answer);
    }

    void askOwner(String question, Actor by) {
        request.askOwner(question, by, now);
        line(by, false, Visibility.INTERNAL, question);
    }

    void answerTeam(String answer, Actor by) {
        request.answerTeam(answer, by, now);
        line(by, false, Visibility.INTERNAL, answer);
    }

    void close(Actor by) {
        request.close(by, now);
    }

    void rate(int score, String comment, Actor by) {
        request.rate(score, comment, by, now);
    }

    private void line(Actor by, boolean fromCustomer, Visibility visibility, String body) {
        lines.add(new Line(by.userId(), by.name(), fromCustomer, visibility, body, now));
    }
}
