package fr.guichet.demo;

import fr.guichet.company.CompanyProfile;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Helios Infogérance, a Lyon IT managed-services SME with a remote back office in Clermont-Ferrand. */
final class DemoCompany {

    private DemoCompany() {}

    record SiteSeed(String code, String name, String city, boolean remote) {}

    record TeamSeed(String code, String name, Office office, String email, boolean answersCustomers) {}

    record StaffSeed(String username, String displayName, String team, String site, Set<Role> roles, boolean english) {}

    record ContactSeed(String firstName, String lastName, String jobTitle, String email, String phone) {}

    record CustomerSeed(
            String name,
            OrganisationKind kind,
            String siren,
            String segment,
            String street,
            String postalCode,
            String city,
            String phone,
            String email,
            List<ContactSeed> contacts) {}

    /** Who the demo company is: its name, phone, addresses, shown on the public site, the layouts and its emails. */
    static final CompanyProfile PROFILE = new CompanyProfile(
            "Helios Infogérance",
            "Helios Infogérance SAS",
            "04 78 00 00 00",
            "accueil@helios-infogerance.fr",
            List.of("18 rue Servient"),
            "69003",
            "Lyon",
            "https://www.helios-infogerance.fr",
            "accueil@helios-infogerance.fr",
            "SAS",
            new BigDecimal("50000.00"),
            "842153678",
            "84215367800011",
            "Lyon",
            "FR16842153678",
            "#1f5fa8",
            Language.FR,
            "Lundi–vendredi : 8 h 30 – 18 h\nHotline : 8 h – 19 h, astreinte le samedi matin",
            "FR7630006000011234567890189",
            "AGRIFRPP869");

    /** The demo company's logo (a PNG drawn for the demo: a sun), in the demo module's resources. */
    static final String LOGO = "fr/guichet/demo/helios-logo.png";

    /** The address of a staff member of the demo company. */
    static String staffEmail(String username) {
        return username.replace('.', '-') + "@helios-infogerance.fr";
    }

    static final List<SiteSeed> SITES = List.of(
            new SiteSeed("lyon", "Siège — Lyon", "Lyon", false),
            new SiteSeed("clermont", "Back-office distant — Clermont-Ferrand", "Clermont-Ferrand", true));

    static final List<TeamSeed> TEAMS = List.of(
            new TeamSeed(
                    "accueil",
                    "Accueil et relation client",
                    Office.FRONT_OFFICE,
                    "accueil@helios-infogerance.fr",
                    false),
            new TeamSeed(
                    "support",
                    "Support technique (hotline)",
                    Office.BACK_OFFICE,
                    "support@helios-infogerance.fr",
                    true),
            new TeamSeed(
                    "facturation",
                    "Facturation et recouvrement",
                    Office.BACK_OFFICE,
                    "compta@helios-infogerance.fr",
                    false),
            new TeamSeed("adv", "Administration des ventes", Office.BACK_OFFICE, "adv@helios-infogerance.fr", false),
            new TeamSeed("rh", "Ressources humaines", Office.BACK_OFFICE, "rh@helios-infogerance.fr", false),
            new TeamSeed("juridique", "Juridique", Office.BACK_OFFICE, "juridique@helios-infogerance.fr", false),
            new TeamSeed(
                    "informatique", "Informatique interne", Office.BACK_OFFICE, "dsi@helios-infogerance.fr", false),
            new TeamSeed("projets", "Gestion de projets", Office.BACK_OFFICE, "projets@helios-infogerance.fr", false));

    private static final Set<Role> FRONT = Set.of(Role.FRONT_OFFICE);
    private static final Set<Role> FRONT_LEAD = Set.of(Role.FRONT_OFFICE, Role.TEAM_LEAD);
    private static final Set<Role> BACK = Set.of(Role.BACK_OFFICE);
    private static final Set<Role> BACK_LEAD = Set.of(Role.BACK_OFFICE, Role.TEAM_LEAD);
    private static final Set<Role> BILLING = Set.of(Role.BACK_OFFICE, Role.BILLING);
    private static final Set<Role> BILLING_LEAD = Set.of(Role.BACK_OFFICE, Role.BILLING, Role.TEAM_LEAD);

    static final List<StaffSeed> STAFF = List.of(
            new StaffSeed("admin", "Nadia Benali", "informatique", "lyon", Set.of(Role.ADMIN, Role.BACK_OFFICE), false),
            new StaffSeed("accueil", "Camille Rousseau", "accueil", "lyon", FRONT, false),
            new StaffSeed("chef.accueil", "Julien Mercier", "accueil", "lyon", FRONT_LEAD, false),
            new StaffSeed("l.fontaine", "Léa Fontaine", "accueil", "lyon", FRONT, false),
            new StaffSeed("k.diallo", "Karim Diallo", "accueil", "lyon", FRONT, true),
            new StaffSeed("support", "Thomas Girard", "support", "clermont", BACK, false),
            new StaffSeed("chef.support", "Sophie Lambert", "support", "lyon", BACK_LEAD, false),
            new StaffSeed("m.nguyen", "Minh Nguyen", "support", "clermont", BACK, true),
            new StaffSeed("a.perrin", "Antoine Perrin", "support", "clermont", BACK, false),
            new StaffSeed("facturation", "Émilie Faure", "facturation", "clermont", BILLING, false),
            new StaffSeed("chef.facturation", "Philippe Chevalier", "facturation", "lyon", BILLING_LEAD, false),
            new StaffSeed("adv", "Sandrine Morel", "adv", "lyon", BILLING, false),
            new StaffSeed("chef.adv", "Olivier Garnier", "adv", "lyon", BILLING_LEAD, false),
            new StaffSeed("rh", "Isabelle Roux", "rh", "lyon", BACK_LEAD, false),
            new StaffSeed("b.lemoine", "Baptiste Lemoine", "rh", "clermont", BACK, false),
            new StaffSeed("juridique", "Hélène Bertrand", "juridique", "lyon", BACK_LEAD, false),
            new StaffSeed("c.marchand", "Claire Marchand", "juridique", "clermont", BACK, false),
            new StaffSeed("chef.informatique", "David Caron", "informatique", "lyon", BACK_LEAD, false),
            new StaffSeed("y.benoit", "Yann Benoît", "informatique", "clermont", BACK, false),
            new StaffSeed(
                    "webmestre",
                    "Inès Moreau",
                    "informatique",
                    "lyon",
                    Set.of(Role.BACK_OFFICE, Role.WEBMASTER),
                    false),
            new StaffSeed("projets", "Romain Masson", "projets", "lyon", BACK_LEAD, false),
            new StaffSeed(
                    "direction", "Anne-Marie Dupuis", "adv", "lyon", Set.of(Role.TEAM_LEAD, Role.BACK_OFFICE), false));
}
