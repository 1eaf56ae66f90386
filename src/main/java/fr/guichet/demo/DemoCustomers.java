package fr.guichet.demo;

import fr.guichet.customers.OrganisationKind;
import fr.guichet.demo.DemoCompany.ContactSeed;
import fr.guichet.demo.DemoCompany.CustomerSeed;
import fr.guichet.shared.Luhn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Forty customer organisations of the Lyon and Auvergne area, each with two contacts. */
final class DemoCustomers {

    private DemoCustomers() {}

    private record Org(
            String name, OrganisationKind kind, String segment, String street, String postalCode, String city) {}

    private static final List<Org> ORGANISATIONS = List.of(
            new Org(
                    "Boulangerie Martin et Fils",
                    OrganisationKind.COMPANY,
                    "commerce",
                    "12 rue de la République",
                    "69002",
                    "Lyon"),
            new Org(
                    "Cabinet Durand Avocats",
                    OrganisationKind.COMPANY,
                    "professions libérales",
                    "45 cours Lafayette",
                    "69003",
                    "Lyon"),
            new Org(
                    "Mairie de Caluire-et-Cuire",
                    OrganisationKind.PUBLIC_BODY,
                    "secteur public",
                    "Place du Docteur Frédéric Dugoujon",
                    "69300",
                    "Caluire-et-Cuire"),
            new Org(
                    "Transports Giraud",
                    OrganisationKind.COMPANY,
                    "logistique",
                    "8 avenue Jean Jaurès",
                    "69007",
                    "Lyon"),
            new Org("Pharmacie du Parc", OrganisationKind.COMPANY, "santé", "3 boulevard des Belges", "69006", "Lyon"),
            new Org(
                    "Clinique vétérinaire des Monts d'Or",
                    OrganisationKind.COMPANY,
                    "santé",
                    "21 route de Saint-Cyr",
                    "69450",
                    "Saint-Cyr-au-Mont-d'Or"),
            new Org(
                    "Imprimerie Lefèvre",
                    OrganisationKind.COMPANY,
                    "industrie",
                    "17 rue de l'Industrie",
                    "69100",
                    "Villeurbanne"),
            new Org(
                    "Agence immobilière Bellecour",
                    OrganisationKind.COMPANY,
                    "immobilier",
                    "2 place Bellecour",
                    "69002",
                    "Lyon"),
            new Org(
                    "Collège Jean Moulin",
                    OrganisationKind.PUBLIC_BODY,
                    "secteur public",
                    "14 rue Ferdinand Buisson",
                    "69500",
                    "Bron"),
            new Org(
                    "Garage Moreau Automobiles",
                    OrganisationKind.COMPANY,
                    "automobile",
                    "96 route de Vienne",
                    "69008",
                    "Lyon"),
            new Org(
                    "Expertise Comptable Bonnet",
                    OrganisationKind.COMPANY,
                    "professions libérales",
                    "33 rue Garibaldi",
                    "69006",
                    "Lyon"),
            new Org(
                    "Hôtel des Célestins",
                    OrganisationKind.COMPANY,
                    "hôtellerie",
                    "4 rue des Archers",
                    "69002",
                    "Lyon"),
            new Org(
                    "Menuiserie Fabre",
                    OrganisationKind.COMPANY,
                    "artisanat",
                    "5 chemin des Vignes",
                    "69570",
                    "Dardilly"),
            new Org(
                    "Laboratoire d'analyses Rhône-Sud",
                    OrganisationKind.COMPANY,
                    "santé",
                    "88 avenue Berthelot",
                    "69007",
                    "Lyon"),
            new Org(
                    "Communauté de communes des Dômes",
                    OrganisationKind.PUBLIC_BODY,
                    "secteur public",
                    "1 place de la Mairie",
                    "63230",
                    "Pontgibaud"),
            new Org(
                    "Fromagerie Chabert",
                    OrganisationKind.COMPANY,
                    "agroalimentaire",
                    "10 rue du Port",
                    "63000",
                    "Clermont-Ferrand"),
            new Org(
                    "Architectes Associés Roche",
                    OrganisationKind.COMPANY,
                    "professions libérales",
                    "27 quai Saint-Vincent",
                    "69001",
                    "Lyon"),
            new Org(
                    "Crèche Les Petits Canuts",
                    OrganisationKind.COMPANY,
                    "services à la personne",
                    "9 montée de la Grande Côte",
                    "69001",
                    "Lyon"),
            new Org(
                    "Électricité Blanc et Cie",
                    OrganisationKind.COMPANY,
                    "bâtiment",
                    "61 rue Paul Bert",
                    "69003",
                    "Lyon"),
            new Org(
                    "Office de tourisme de Vichy",
                    OrganisationKind.PUBLIC_BODY,
                    "secteur public",
                    "19 rue du Parc",
                    "03200",
                    "Vichy"),
            new Org(
                    "Cave Vincent Beaujolais",
                    OrganisationKind.COMPANY,
                    "agroalimentaire",
                    "2 place de l'Église",
                    "69430",
                    "Beaujeu"),
            new Org("Cabinet dentaire Mallet", OrganisationKind.COMPANY, "santé", "15 avenue de Saxe", "69006", "Lyon"),
            new Org(
                    "Auto-école Gauthier",
                    OrganisationKind.COMPANY,
                    "formation",
                    "70 cours Émile Zola",
                    "69100",
                    "Villeurbanne"),
            new Org(
                    "Association Solidarité Croix-Rousse",
                    OrganisationKind.COMPANY,
                    "associatif",
                    "6 place de la Croix-Rousse",
                    "69004",
                    "Lyon"),
            new Org("Librairie Perret", OrganisationKind.COMPANY, "commerce", "24 rue Mercière", "69002", "Lyon"),
            new Org(
                    "Plomberie Lacroix",
                    OrganisationKind.COMPANY,
                    "bâtiment",
                    "3 rue des Tanneurs",
                    "63100",
                    "Clermont-Ferrand"),
            new Org(
                    "Notaires Renaud et Picard",
                    OrganisationKind.COMPANY,
                    "professions libérales",
                    "52 rue de Brest",
                    "69002",
                    "Lyon"),
            new Org(
                    "Restaurant Le Bouchon Lyonnais",
                    OrganisationKind.COMPANY,
                    "restauration",
                    "11 rue Saint-Jean",
                    "69005",
                    "Lyon"),
            new Org(
                    "Centre hospitalier de Riom",
                    OrganisationKind.PUBLIC_BODY,
                    "secteur public",
                    "Boulevard Étienne Clémentel",
                    "63200",
                    "Riom"),
            new Org("Opticiens Arnaud", OrganisationKind.COMPANY, "commerce", "38 rue Victor Hugo", "69002", "Lyon"),
            new Org("Textiles Guillot", OrganisationKind.COMPANY, "industrie", "120 rue du Dauphiné", "69003", "Lyon"),
            new Org(
                    "Fleurs de Fourvière",
                    OrganisationKind.COMPANY,
                    "commerce",
                    "7 place de Fourvière",
                    "69005",
                    "Lyon"),
            new Org(
                    "Bureau d'études Brun Ingénierie",
                    OrganisationKind.COMPANY,
                    "ingénierie",
                    "44 avenue Tony Garnier",
                    "69007",
                    "Lyon"),
            new Org(
                    "Maison de retraite Les Tilleuls",
                    OrganisationKind.COMPANY,
                    "santé",
                    "18 rue des Tilleuls",
                    "69160",
                    "Tassin-la-Demi-Lune"),
            new Org("Camping du Lac d'Aydat", OrganisationKind.COMPANY, "hôtellerie", "Route du Lac", "63970", "Aydat"),
            new Org(
                    "Syndic Meunier Gestion",
                    OrganisationKind.COMPANY,
                    "immobilier",
                    "29 rue Duguesclin",
                    "69006",
                    "Lyon"),
            new Org("Traiteur Rolland", OrganisationKind.COMPANY, "restauration", "5 rue du Marché", "69009", "Lyon"),
            new Org(
                    "École de musique de Vaise",
                    OrganisationKind.COMPANY,
                    "formation",
                    "13 rue de Bourgogne",
                    "69009",
                    "Lyon"),
            new Org(
                    "Jean-Pierre Colin",
                    OrganisationKind.INDIVIDUAL,
                    "particuliers",
                    "8 allée des Cerisiers",
                    "69130",
                    "Écully"),
            new Org(
                    "Martine Lefebvre",
                    OrganisationKind.INDIVIDUAL,
                    "particuliers",
                    "22 rue Pasteur",
                    "63400",
                    "Chamalières"));

    private static final String[] FIRST_NAMES = {
        "Marie", "Pierre", "Nathalie", "Laurent", "Sylvie", "Nicolas", "Valérie", "Stéphane", "Céline", "Frédéric",
        "Aurélie", "Sébastien", "Julie", "Christophe", "Sandrine", "Mathieu", "Delphine", "Guillaume", "Élodie",
                "Jérôme"
    };

    private static final String[] LAST_NAMES = {
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "André",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "François",
        "Martinez",
        "Legrand",
        "Garnier",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guerin",
        "Muller",
        "Henry",
        "Roussel",
        "Nicolas",
        "Perrin",
        "Morin"
    };

    private static final String[] JOB_TITLES = {
        "Gérant",
        "Directrice administrative",
        "Responsable informatique",
        "Comptable",
        "Assistante de direction",
        "Secrétaire général",
        "Office manager"
    };

    static List<CustomerSeed> all() {
        List<CustomerSeed> seeds = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS.size(); i++) {
            Org org = ORGANISATIONS.get(i);
            String domain =
                    org.kind() == OrganisationKind.INDIVIDUAL ? "exemple-particulier.fr" : slug(org.name()) + ".fr";
            List<ContactSeed> contacts = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                int n = i * 2 + c;
                String first = FIRST_NAMES[(n * 7) % FIRST_NAMES.length];
                String last = org.kind() == OrganisationKind.INDIVIDUAL && c == 0
                        ? org.name().substring(org.name().indexOf(' ') + 1)
                        : LAST_NAMES[(n * 11) % LAST_NAMES.length];
                if (org.kind() == OrganisationKind.INDIVIDUAL && c == 0) {
                    first = org.name().substring(0, org.name().indexOf(' '));
                }
                contacts.add(new ContactSeed(
                        first,
                        last,
                        org.kind() == OrganisationKind.INDIVIDUAL ? null : JOB_TITLES[n % JOB_TITLES.length],
                        slug(first) + "." + slug(last) + (org.kind() == OrganisationKind.INDIVIDUAL ? i : "") + "@"
                                + domain,
                        phone(org.postalCode(), n)));
            }
            seeds.add(new CustomerSeed(
                    org.name(),
                    org.kind(),
                    org.kind() == OrganisationKind.INDIVIDUAL ? null : siren(i),
                    org.segment(),
                    org.street(),
                    org.postalCode(),
                    org.city(),
                    phone(org.postalCode(), 100 + i),
                    org.kind() == OrganisationKind.INDIVIDUAL ? null : "contact@" + domain,
                    contacts));
        }
        return seeds;
    }

    /** A SIREN that passes the Luhn check: eight digits that differ for each organisation, then the key. */
    static String siren(int index) {
        String base = String.valueOf(30_000_000 + index * 1_234_567 % 60_000_000 + index * 37);
        return base + Luhn.checkDigit(base);
    }

    private static String phone(String postalCode, int n) {
        String area = postalCode.startsWith("69") ? "04 7" : "04 73";
        int number = 10_000 + (n * 7919) % 89_999;
        String digits = String.format("%05d", number);
        return postalCode.startsWith("69")
                ? String.format(
                        "%s%s %s %s %s",
                        area,
                        digits.charAt(0),
                        digits.substring(1, 3),
                        digits.substring(3, 5),
                        String.format("%02d", n % 100))
                : String.format(
                        "%s %s %s %s",
                        area, digits.substring(0, 2), digits.substring(2, 4), String.format("%02d", n % 100));
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
