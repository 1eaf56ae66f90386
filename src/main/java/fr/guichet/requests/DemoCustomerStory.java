package fr.guichet.requests;

import static fr.guichet.requests.DemoDraws.minutes;
import static fr.guichet.requests.DemoDraws.pick;
import static fr.guichet.requests.DemoDraws.scaled;
import static fr.guichet.requests.DemoDraws.weighted;
import static fr.guichet.requests.DemoTexts.any;

import fr.guichet.requests.DemoCast.Crew;
import fr.guichet.requests.DemoCast.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The life of one customer request of the demo company, played on the {@link Request} aggregate by {@link DemoScene}:
 * settled at the first contact at the desk, or answered by its interlocutor, or handed off to a team (sometimes
 * transferred, once or more: the "baladé" requests), with notes, questions to the owner, waits for the customer,
 * resolutions, reopenings, ratings and closings. Delays shrink with the priority, so that most requests keep their
 * service levels and some do not.
 */
final class DemoCustomerStory {

    private static final List<String> CUSTOMER_TEAMS = List.of("support", "facturation", "adv", "juridique");

    private final DemoCast cast;
    private final DemoRhythm rhythm;
    private final ServiceLevels levels;
    private final Instant end;
    private final double[] customerWeights;

    /** The people of one request: who wrote, who is the interlocutor, and the facts the rating depends on. */
    private static final class Cast {
        Actor requester;
        Actor owner;
        boolean portal;
        Priority priority;
        boolean reopened;
    }

    DemoCustomerStory(DemoCast cast, DemoRhythm rhythm, ServiceLevels levels, Instant end) {
        this.cast = cast;
        this.rhythm = rhythm;
        this.levels = levels;
        this.end = end;
        this.customerWeights = new double[cast.customers().size()];
        for (int i = 0; i < customerWeights.length; i++) {
            Customer customer = cast.customers().get(i);
            double weight = i == 0 ? 2 : 1 + (i * 7 % 5) * 0.3; // the first customer's portal user is the demo's
            customerWeights[i] = customer.prospect() ? 0.3 : weight;
        }
    }

    DemoScene play(DemoRhythm.Arrival arrival, SplittableRandom r) {
        Customer customer = cast.customers().get(weighted(customerWeights, r));
        Channel channel = arrival.offHours()
                ? pick(r, new Channel[] {Channel.WEB_FORM, Channel.PORTAL, Channel.EMAIL}, 2, 3, 3)
                : pick(
                        r,
                        new Channel[] {Channel.WEB_FORM, Channel.PORTAL, Channel.PHONE, Channel.COUNTER, Channel.EMAIL},
                        12,
                        22,
                        34,
                        10,
                        22);
        if (channel == Channel.PORTAL && customer.portalUsers().isEmpty()) {
            channel = Channel.EMAIL;
        }
        Category category = customer.prospect() && r.nextDouble() < 0.7
                ? Category.PRE_SALES
                : pick(
                        r,
                        new Category[] {
                            Category.TECHNICAL,
                            Category.BILLING,
                            Category.PRE_SALES,
                            Category.AFTER_SALES,
                            Category.OTHER
                        },
                        50,
                        18,
                        8,
                        14,
                        10);
        Cast who = new Cast();
        who.priority =
                pick(r, new Priority[] {Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT}, 15, 58, 21, 6);
        who.owner = DemoCast.pick(cast.agents(), r);
        who.portal = channel == Channel.PORTAL;
        String name;
        String email = null;
        if (who.portal) {
            Actor user =
                    r.nextDouble() < 0.8 ? customer.portalUsers().get(0) : DemoCast.pick(customer.portalUsers(), r);
            who.requester = user;
            name = user.name();
        } else {
            DemoCast.Person person = customer.contacts().isEmpty()
                    ? new DemoCast.Person(customer.portalUsers().get(0).name(), null)
                    : DemoCast.pick(customer.contacts(), r);
            who.requester = new Actor(null, person.name());
            name = person.name();
            email = person.email();
        }
        boolean desk = Channel.DESK.contains(channel) && channel != Channel.EMAIL;
        Crew team = cast.teamFor(teamCodeFor(category, r), r);
        boolean direct = !desk && r.nextDouble() < 0.45;
        DemoTexts.Topic topic = any(DemoTexts.TOPICS.get(category), r);
        NewRequest details = new NewRequest(
                topic.subject(),
                topic.description(),
                category,
                channel,
                customer.id(),
                who.portal ? who.requester.userId() : null,
                name,
                email,
                desk ? who.owner.userId() : null);
        Route route = direct ? new Route(team.id(), who.priority) : Route.frontOffice(who.priority);
        Request request = Request.submit(details, route, desk ? who.owner : who.requester, levels, arrival.at());
        request.interlocutorChosen(who.owner.userId(), who.owner.name(), arrival.at());
        DemoScene s = new DemoScene(request, rhythm, end);
        if (direct) {
            teamWork(s, team, who, 0, r);
        } else {
            frontOffice(s, channel, category, team, who, r);
        }
        return s;
    }

    private void frontOffice(DemoScene s, Channel channel, Category category, Crew team, Cast who, SplittableRandom r) {
        double atFirstContact = channel == Channel.COUNTER ? 0.55 : channel == Channel.PHONE ? 0.45 : 0;
        if (r.nextDouble() < atFirstContact) {
            if (s.laterPlain(minutes(r, 3, 15))) {
                s.resolve(who.owner, any(DemoTexts.FIRST_CONTACT, r), true);
                afterResolution(s, who.owner, who, r);
            }
            return;
        }
        if (!s.later(scaled(minutes(r, 5, 200), who.priority))) {
            return;
        }
        if (r.nextDouble() < 0.05) {
            who.priority =
                    who.priority == Priority.URGENT ? Priority.HIGH : Priority.values()[who.priority.ordinal() + 1];
            s.changePriority(who.priority, who.owner);
        }
        double handOff = category == Category.TECHNICAL ? 0.6 : category == Category.OTHER ? 0.35 : 0.55;
        if (r.nextDouble() < handOff) {
            if (r.nextDouble() < 0.6) {
                s.reply(who.owner, any(DemoTexts.ACKNOWLEDGEMENTS, r), false);
            } else {
                s.putInProgress(who.owner);
            }
            if (s.laterPlain(minutes(r, 2, 20))) {
                s.handOff(team, any(DemoTexts.HAND_OFF_NOTES.getOrDefault(team.code(), DemoTexts.NOTES), r), who.owner);
                teamWork(s, team, who, 0, r);
            }
            return;
        }
        if (r.nextDouble() < 0.3) {
            s.reply(who.owner, any(DemoTexts.QUESTIONS_TO_CUSTOMER, r), true);
            if (neverAnswers(s, who.owner, r) || !s.laterPlain(minutes(r, 60, 5 * 24 * 60))) {
                return;
            }
            s.customerReply(who.requester, any(DemoTexts.CUSTOMER_ANSWERS, r));
        } else {
            s.putInProgress(who.owner);
        }
        if (r.nextDouble() < 0.2 && s.later(minutes(r, 5, 60))) {
            s.note(who.owner, any(DemoTexts.NOTES, r));
        }
        if (s.later(scaled(minutes(r, 20, 500), who.priority))) {
            s.resolve(who.owner, DemoTexts.resolution(s.request().getCategory(), r), false);
            afterResolution(s, who.owner, who, r);
        }
    }

    private void teamWork(DemoScene s, Crew team, Cast who, int transfers, SplittableRandom r) {
        if (!s.later(scaled(minutes(r, 10, 300), who.priority))) {
            return;
        }
        Actor member = DemoCast.pick(team.members(), r);
        s.assign(member, member);
        if (r.nextDouble() < 0.02 && !s.later(Duration.ofHours(9L * (10 + r.nextInt(30))))) {
            return; // forgotten in a queue for weeks, overdue and escalated: the recent ones still are today
        }
        if (r.nextDouble() < 0.12) {
            // waiting for a supplier, a part, a technician's visit: days, not hours
            if (!s.later(minutes(r, 10, 90))) {
                return;
            }
            s.note(member, DemoTexts.SUPPLIER);
            if (!s.later(Duration.ofHours(9L * (2 + r.nextInt(12))))) {
                return;
            }
        } else if (r.nextDouble() < 0.35 && s.later(minutes(r, 10, 90))) {
            s.note(member, any(DemoTexts.NOTES, r));
        }
        if (r.nextDouble() < 0.18) {
            if (!s.later(minutes(r, 15, 120))) {
                return;
            }
            s.askOwner(any(DemoTexts.QUESTIONS_TO_OWNER, r), member);
            if (!s.later(minutes(r, 20, 240))) {
                return;
            }
            s.answerTeam(any(DemoTexts.OWNER_ANSWERS, r), who.owner);
        }
        if (transfers < 3 && r.nextDouble() < (transfers == 0 ? 0.14 : 0.25)) {
            if (s.later(minutes(r, 20, 240))) {
                Crew next = nextTeam(team, r);
                s.transfer(next, any(DemoTexts.TRANSFER_REASONS, r), member);
                teamWork(s, next, who, transfers + 1, r);
            }
            return;
        }
        Actor resolver;
        if (team.answersCustomers()) {
            if (r.nextDouble() < 0.3) {
                if (!s.later(minutes(r, 30, 240))) {
                    return;
                }
                s.reply(member, any(DemoTexts.QUESTIONS_TO_CUSTOMER, r), true);
                if (neverAnswers(s, who.owner, r) || !s.laterPlain(minutes(r, 60, 5 * 24 * 60))) {
                    return;
                }
                s.customerReply(who.requester, any(DemoTexts.CUSTOMER_ANSWERS, r));
            }
            if (!s.later(scaled(minutes(r, 40, 900), who.priority))) {
                return;
            }
            s.resolve(member, DemoTexts.resolution(s.request().getCategory(), r), false);
            resolver = member;
        } else {
            if (!s.later(scaled(minutes(r, 40, 900), who.priority))) {
                return;
            }
            s.returnToOwner(any(DemoTexts.TEAM_ANSWERS, r), member);
            if (!s.later(scaled(minutes(r, 10, 240), who.priority))) {
                return;
            }
            s.resolve(who.owner, DemoTexts.resolution(s.request().getCategory(), r), false);
            resolver = who.owner;
        }
        afterResolution(s, resolver, who, r);
    }

    private void afterResolution(DemoScene s, Actor resolver, Cast who, SplittableRandom r) {
        if (!who.reopened && r.nextDouble() < 0.06) {
            if (!s.laterPlain(minutes(r, 120, 3 * 24 * 60))) {
                return;
            }
            who.reopened = true;
            s.customerReply(who.requester, any(DemoTexts.REOPENINGS, r));
            if (!s.later(minutes(r, 30, 600))) {
                return;
            }
            s.resolve(resolver, DemoTexts.resolution(s.request().getCategory(), r), false);
        }
        if (r.nextDouble() < (who.portal ? 0.55 : 0.35)) {
            if (!s.later(minutes(r, 20, 2 * 24 * 60))) {
                return;
            }
            int score = score(s.request(), who.reopened, r);
            String comment = r.nextDouble() < 0.45 ? any(DemoTexts.COMMENTS.get(score - 1), r) : null;
            s.rate(score, comment, who.requester);
        }
        if (r.nextDouble() < 0.8 && s.laterPlain(minutes(r, 2 * 24 * 60, 7 * 24 * 60))) {
            s.close(who.portal ? who.requester : who.owner);
        }
    }

    /**
     * Some customers never answer the question: the request waits for them, and the owner closes it after two weeks
     * with a last word (recent ones are still waiting today).
     */
    private static boolean neverAnswers(DemoScene s, Actor owner, SplittableRandom r) {
        if (r.nextDouble() >= 0.12) {
            return false;
        }
        if (s.later(Duration.ofHours(10 * 9))) {
            s.resolve(owner, DemoTexts.NO_NEWS, false);
            s.close(owner);
        }
        return true;
    }

    /** Satisfaction falls with hand-offs, escalations and reopenings: the promise the figures measure. */
    private static int score(Request request, boolean reopened, SplittableRandom r) {
        double score = request.isFirstContactResolution() ? 5 : 4.7 - 0.6 * request.getHandoffCount();
        score -= request.getEscalatedAt() != null ? 1.5 : 0;
        score -= reopened ? 1 : 0;
        score += r.nextDouble() * 1.6 - 0.8;
        return (int) Math.max(1, Math.min(5, Math.round(score)));
    }

    private Crew nextTeam(Crew from, SplittableRandom r) {
        List<String> others = CUSTOMER_TEAMS.stream()
                .filter(code -> !code.equals(from.code()))
                .toList();
        return cast.otherTeam(from, any(others, r), r);
    }

    private static String teamCodeFor(Category category, SplittableRandom r) {
        return switch (category) {
            case TECHNICAL -> "support";
            case BILLING -> "facturation";
            case PRE_SALES -> "adv";
            case AFTER_SALES -> r.nextBoolean() ? "adv" : "support";
            default -> r.nextBoolean() ? "juridique" : "adv";
        };
    }
}
