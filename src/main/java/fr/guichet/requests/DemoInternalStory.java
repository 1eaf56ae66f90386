package fr.guichet.requests;

import static fr.guichet.requests.DemoDraws.minutes;
import static fr.guichet.requests.DemoDraws.pick;
import static fr.guichet.requests.DemoDraws.scaled;
import static fr.guichet.requests.DemoTexts.any;

import fr.guichet.requests.DemoCast.Colleague;
import fr.guichet.requests.DemoCast.Crew;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The life of one internal request of the demo company: a colleague asks another team (IT, HR, projects, sales
 * administration, legal); the team takes it, may ask the colleague a question or pass it to another team, answers
 * the colleague directly and resolves it; the colleague often closes it. No rating: an internal request asks none.
 */
final class DemoInternalStory {

    private final DemoCast cast;
    private final DemoRhythm rhythm;
    private final ServiceLevels levels;
    private final Instant end;

    DemoInternalStory(DemoCast cast, DemoRhythm rhythm, ServiceLevels levels, Instant end) {
        this.cast = cast;
        this.rhythm = rhythm;
        this.levels = levels;
        this.end = end;
    }

    DemoScene play(Instant at, SplittableRandom r) {
        Category category = pick(
                r,
                new Category[] {
                    Category.INTERNAL_IT,
                    Category.INTERNAL_HR,
                    Category.INTERNAL_PLAN,
                    Category.INTERNAL_OFFER,
                    Category.INTERNAL_OTHER
                },
                40,
                20,
                15,
                15,
                10);
        Crew team = cast.teamFor(teamCodeFor(category), r);
        List<Colleague> askers = cast.colleagues().stream()
                .filter(c -> !Objects.equals(c.teamId(), team.id()))
                .toList();
        Colleague asker = DemoCast.pick(askers.isEmpty() ? cast.colleagues() : askers, r);
        Priority priority =
                pick(r, new Priority[] {Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT}, 25, 60, 12, 3);
        DemoTexts.Topic topic = any(DemoTexts.TOPICS.get(category), r);
        NewRequest details = new NewRequest(
                topic.subject(),
                topic.description(),
                category,
                Channel.INTERNAL,
                null,
                asker.actor().userId(),
                asker.actor().name(),
                asker.email(),
                null);
        Request request = Request.submit(details, new Route(team.id(), priority), asker.actor(), levels, at);
        request.interlocutorChosen(asker.actor().userId(), asker.actor().name(), at);
        DemoScene s = new DemoScene(request, rhythm, end);
        work(s, team, asker.actor(), priority, false, r);
        return s;
    }

    private void work(DemoScene s, Crew team, Actor asker, Priority priority, boolean transferred, SplittableRandom r) {
        if (!s.later(scaled(minutes(r, 15, 480), priority))) {
            return;
        }
        Actor member = DemoCast.pick(team.members(), r);
        s.assign(member, member);
        if (r.nextDouble() < 0.2) {
            if (!s.later(minutes(r, 15, 240))) {
                return;
            }
            s.askOwner(any(DemoTexts.QUESTIONS_TO_OWNER, r), member);
            if (!s.later(minutes(r, 15, 480))) {
                return;
            }
            s.answerTeam(any(DemoTexts.OWNER_ANSWERS, r), asker);
        }
        if (!transferred && r.nextDouble() < 0.08) {
            if (s.later(minutes(r, 30, 240))) {
                Crew next = cast.otherTeam(team, "projets", r);
                s.transfer(next, any(DemoTexts.TRANSFER_REASONS, r), member);
                work(s, next, asker, priority, true, r);
            }
            return;
        }
        if (r.nextDouble() < 0.3 && s.later(minutes(r, 10, 120))) {
            s.note(member, any(DemoTexts.NOTES, r));
        }
        if (!s.later(scaled(minutes(r, 60, 1800), priority))) {
            return;
        }
        s.resolve(member, any(DemoTexts.INTERNAL_REPLIES, r), false);
        if (r.nextDouble() < 0.7 && s.laterPlain(minutes(r, 30, 3 * 24 * 60))) {
            s.close(asker);
        }
    }

    private static String teamCodeFor(Category category) {
        return switch (category) {
            case INTERNAL_IT -> "informatique";
            case INTERNAL_HR -> "rh";
            case INTERNAL_PLAN -> "projets";
            case INTERNAL_OFFER -> "adv";
            default -> "juridique";
        };
    }
}
