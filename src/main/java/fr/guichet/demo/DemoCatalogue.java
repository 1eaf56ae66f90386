package fr.guichet.demo;

import fr.guichet.catalogue.ItemDetails;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import java.util.List;

/** What Helios Infogérance sells: managed IT, helpdesk, audits, training. The last item is retired. */
final class DemoCatalogue {

    private DemoCatalogue() {}

    static final String RETIRED = "PACK-SERENITE-2024";

    static List<ItemDetails> items() {
        return List.of(
                item(
                        "INFOG-POSTE",
                        "Infogérance du poste de travail",
                        "Managed workstation",
                        "Supervision, mises à jour et correctifs, inventaire, intervention à distance sous 4 h ouvrées.",
                        "Monitoring, updates and patches, inventory, remote intervention within 4 business hours.",
                        Unit.DEVICE,
                        "39.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        true),
                item(
                        "INFOG-SERVEUR",
                        "Infogérance serveur",
                        "Managed server",
                        "Supervision 24 h/24, sauvegardes vérifiées, correctifs de sécurité mensuels.",
                        "Round-the-clock monitoring, verified backups, monthly security patches.",
                        Unit.DEVICE,
                        "149.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        true),
                item(
                        "HOTLINE-PRO",
                        "Assistance utilisateurs illimitée",
                        "Unlimited user helpdesk",
                        "Hotline du lundi au vendredi, 8 h 30 – 18 h, par téléphone, courriel et portail.",
                        "Helpdesk Monday to Friday, 8:30 to 18:00, by phone, email and portal.",
                        Unit.USER,
                        "12.50",
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        true),
                item(
                        "SAUVEGARDE-1TO",
                        "Sauvegarde externalisée 1 To",
                        "Off-site backup 1 TB",
                        "Copie chiffrée quotidienne dans deux centres de données en France.",
                        "Encrypted daily copy in two data centres in France.",
                        Unit.PACKAGE,
                        "59.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        true),
                item(
                        "AUDIT-SECU",
                        "Audit de sécurité",
                        "Security audit",
                        "Revue des accès, des sauvegardes et de l’exposition ; rapport et plan d’action.",
                        "Review of access, backups and exposure; report and action plan.",
                        Unit.PACKAGE,
                        "1800.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.ONE_OFF,
                        true),
                item(
                        "INTERV-SITE",
                        "Intervention sur site",
                        "On-site intervention",
                        "Technicien sur place, déplacement compris dans l’agglomération lyonnaise.",
                        "A technician on site, travel included within the Lyon area.",
                        Unit.HOUR,
                        "85.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.ONE_OFF,
                        true),
                item(
                        "FORMATION-JOUR",
                        "Journée de formation bureautique",
                        "Office software training day",
                        "Formation en groupe de huit personnes au plus, dans vos locaux.",
                        "Group training for up to eight people, on your premises.",
                        Unit.DAY,
                        "950.00",
                        VatRate.ZERO,
                        "Exonération de TVA, art. 261-4-4° a du CGI (formation professionnelle continue)",
                        Recurrence.ONE_OFF,
                        true),
                item(
                        "LICENCE-ANTIVIRUS",
                        "Licence antivirus",
                        "Antivirus licence",
                        "Protection des postes et des serveurs, console centralisée.",
                        "Protection for workstations and servers, central console.",
                        Unit.USER,
                        "29.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.YEARLY,
                        true),
                item(
                        "MIGRATION-M365",
                        "Migration vers Microsoft 365",
                        "Migration to Microsoft 365",
                        "Comptes, boîtes aux lettres et fichiers, sur devis au-delà de 25 utilisateurs.",
                        "Accounts, mailboxes and files; quoted beyond 25 users.",
                        Unit.PACKAGE,
                        "2400.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.ONE_OFF,
                        false),
                item(
                        RETIRED,
                        "Pack Sérénité 2024",
                        "Serenity pack 2024",
                        "Offre remplacée par l’infogérance du poste de travail.",
                        "Replaced by the managed workstation offer.",
                        Unit.DEVICE,
                        "45.00",
                        VatRate.STANDARD,
                        null,
                        Recurrence.MONTHLY,
                        false));
    }

    private static ItemDetails item(
            String code,
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            Unit unit,
            String price,
            VatRate vat,
            String exemption,
            Recurrence recurrence,
            boolean published) {
        return new ItemDetails(
                code,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                unit,
                Money.euros(price),
                vat,
                exemption,
                recurrence,
                published);
    }
}
