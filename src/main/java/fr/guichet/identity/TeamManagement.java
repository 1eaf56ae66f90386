package fr.guichet.identity;

import fr.guichet.identity.internal.SiteRepository;
import fr.guichet.identity.internal.TeamRepository;
import fr.guichet.shared.Versions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation of the staff: teams and sites. */
@Service
@Transactional
public class TeamManagement {

    private final TeamRepository teams;
    private final SiteRepository sites;

    TeamManagement(TeamRepository teams, SiteRepository sites) {
        this.teams = teams;
        this.sites = sites;
    }

    /**
     * Holds the team until the end of the transaction, so that automatic assignments to its members happen one after
     * the other (each sees the previous one's count), also across instances.
     */
    public void holdForAssignment(long teamId) {
        teams.lockById(teamId);
    }

    public Team createTeam(String code, String name, Office office, String email, boolean answersCustomers) {
        String normalised = normaliseCode(code);
        if (teams.findByCode(normalised).isPresent()) {
            throw new AccountRuleViolation("code", "identity.team.error.code-taken");
        }
        return teams.save(Team.create(normalised, name.strip(), office, blankToNull(email), answersCustomers));
    }

    public Team updateTeam(
            long id,
            int expectedVersion,
            String code,
            String name,
            Office office,
            String email,
            boolean answersCustomers,
            boolean autoAssign) {
        Team team = team(id);
        Versions.require("Team " + id, team.getVersion(), expectedVersion);
        String normalised = normaliseCode(code);
        teams.findByCode(normalised).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new AccountRuleViolation("code", "identity.team.error.code-taken");
        });
        team.change(normalised, name.strip(), office, blankToNull(email), answersCustomers);
        team.changeAutoAssign(autoAssign);
        return teams.save(team);
    }

    public Site createSite(String code, String name, String city, boolean remote) {
        String normalised = normaliseCode(code);
        if (sites.findByCode(normalised).isPresent()) {
            throw new AccountRuleViolation("code", "identity.site.error.code-taken");
        }
        return sites.save(Site.create(normalised, name.strip(), blankToNull(city), remote));
    }

    public Site updateSite(long id, int expectedVersion, String code, String name, String city, boolean remote) {
        Site site = site(id);
        Versions.require("Site " + id, site.getVersion(), expectedVersion);
        String normalised = normaliseCode(code);
        sites.findByCode(normalised).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new AccountRuleViolation("code", "identity.site.error.code-taken");
        });
        site.change(normalised, name.strip(), blankToNull(city), remote);
        return sites.save(site);
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return teams.findAll().stream()
                .sorted(Comparator.comparing(Team::getName))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Site> sites() {
        return sites.findAll().stream()
                .sorted(Comparator.comparing(Site::getName))
                .toList();
    }

    @Transactional(readOnly = true)
    public Team team(long id) {
        return teams.findById(id).orElseThrow(() -> new UnknownAccount("team " + id));
    }

    @Transactional(readOnly = true)
    public Site site(long id) {
        return sites.findById(id).orElseThrow(() -> new UnknownAccount("site " + id));
    }

    @Transactional(readOnly = true)
    public Optional<Team> teamByCode(String code) {
        return teams.findByCode(normaliseCode(code));
    }

    @Transactional(readOnly = true)
    public Optional<Site> siteByCode(String code) {
        return sites.findByCode(normaliseCode(code));
    }

    private static String normaliseCode(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
