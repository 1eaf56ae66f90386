package fr.guichet.requests;

import fr.guichet.customers.Contact;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.identity.Team;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Who plays the demo company's requests, read through the identity and customers modules' own APIs and ordered by
 * id, so that the same company gives the same cast: the front-office agents who are the interlocutors, each
 * back-office team with its members, the customers with their contacts and portal users, and every colleague who may
 * file an internal request. Nothing here names the demo company: the cast is whatever company was seeded.
 */
record DemoCast(
        List<Actor> agents,
        Map<String, DemoCast.Crew> teams,
        List<DemoCast.Customer> customers,
        List<DemoCast.Colleague> colleagues) {

    /** A back-office team and its members. */
    record Crew(long id, String code, boolean answersCustomers, List<Actor> members) {}

    /** A customer organisation, its contacts (name and address) and its portal users. */
    record Customer(long id, boolean prospect, List<Person> contacts, List<Actor> portalUsers) {}

    /** Someone who writes to the company without an account of their own here. */
    record Person(String name, String email) {}

    /** A staff member who may ask another team for something. */
    record Colleague(Actor actor, String email, Long teamId) {}

    static DemoCast read(TeamManagement teams, UserManagement users, CustomerManagement customers) {
        List<Actor> agents = new ArrayList<>();
        Map<String, Crew> crews = new LinkedHashMap<>();
        List<Colleague> colleagues = new ArrayList<>();
        for (Team team :
                teams.teams().stream().sorted(Comparator.comparing(Team::getId)).toList()) {
            List<UserAccount> members = users.membersOf(team.getId()).stream()
                    .filter(u -> u.getKind() == AccountKind.STAFF)
                    .sorted(Comparator.comparing(UserAccount::getId))
                    .toList();
            members.forEach(u -> colleagues.add(new Colleague(actorOf(u), u.getEmail(), team.getId())));
            if (team.getOffice() == Office.FRONT_OFFICE) {
                members.stream().filter(u -> u.hasRole(Role.FRONT_OFFICE)).forEach(u -> agents.add(actorOf(u)));
            } else if (!members.isEmpty()) {
                crews.put(
                        team.getCode(),
                        new Crew(
                                team.getId(),
                                team.getCode(),
                                team.isAnswersCustomers(),
                                members.stream().map(DemoCast::actorOf).toList()));
            }
        }
        List<Customer> list = new ArrayList<>();
        for (Organisation organisation : customers.all(10_000).stream()
                .sorted(Comparator.comparing(Organisation::getId))
                .toList()) {
            List<Person> contacts = customers.contactsOf(organisation.getId()).stream()
                    .sorted(Comparator.comparing(Contact::getId))
                    .map(c -> new Person(c.getFullName(), c.getEmail()))
                    .toList();
            List<Actor> portal = users.ofOrganisation(organisation.getId()).stream()
                    .filter(UserAccount::isEnabled)
                    .sorted(Comparator.comparing(UserAccount::getId))
                    .map(DemoCast::actorOf)
                    .toList();
            if (!contacts.isEmpty() || !portal.isEmpty()) {
                list.add(new Customer(
                        organisation.getId(), organisation.getStatus() == CustomerStatus.PROSPECT, contacts, portal));
            }
        }
        return new DemoCast(List.copyOf(agents), crews, List.copyOf(list), List.copyOf(colleagues));
    }

    private static Actor actorOf(UserAccount user) {
        return new Actor(user.getId(), user.getDisplayName());
    }

    /** Whether there is anyone to play with. */
    boolean playable() {
        return !agents.isEmpty() && !teams.isEmpty() && !customers.isEmpty();
    }

    Optional<Crew> team(String code) {
        return Optional.ofNullable(teams.get(code));
    }

    /** The team that takes a category; any team when the company has no team of that code. */
    Crew teamFor(String code, SplittableRandom random) {
        return team(code).orElseGet(() -> pick(List.copyOf(teams.values()), random));
    }

    /** Another team than {@code from}, preferring {@code code}. */
    Crew otherTeam(Crew from, String code, SplittableRandom random) {
        Crew preferred = teams.get(code);
        if (preferred != null && preferred.id() != from.id()) {
            return preferred;
        }
        List<Crew> others =
                teams.values().stream().filter(c -> c.id() != from.id()).toList();
        return others.isEmpty() ? from : pick(others, random);
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
