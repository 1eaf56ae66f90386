package fr.guichet.demo;

import fr.guichet.shared.Language;
import fr.guichet.website.PageKind;
import fr.guichet.website.PageText;
import fr.guichet.website.WebsiteManagement;
import java.util.List;

/** The demo company's public site: its home page, services introduction, about page and legal pages, FR and EN. */
final class DemoSitePages {

    private DemoSitePages() {}

    static void seed(WebsiteManagement website) {
        page(
                website,
                PageKind.HOME,
                null,
                fr(
                        "Votre informatique, un seul interlocuteur",
                        null,
                        """
                        Nous accompagnons les PME, les professions libérales et les collectivités de la \
                        région lyonnaise : support, infogérance et projets. Vous parlez à une personne qui suit votre \
                        demande jusqu’au bout.

                        ### Un seul interlocuteur
                        La personne qui prend votre demande la suit jusqu’à sa résolution, même quand nos équipes \
                        techniques, comptables ou commerciales interviennent.

                        ### Un suivi transparent
                        Dans votre espace client, vous voyez où en sont vos demandes, vos contrats et vos factures.

                        ### Des équipes proches
                        Nos équipes de Lyon et de Clermont-Ferrand travaillent ensemble sur un même outil.
                        """,
                        "",
                        "Support utilisateurs, infogérance et projets informatiques pour les PME de la région lyonnaise, avec un seul interlocuteur."),
                en(
                        "Your IT, one single contact",
                        null,
                        """
                        We support small businesses, professional practices and public bodies around \
                        Lyon: user support, managed services and projects. You talk to one person who follows your \
                        request to the end.

                        ### One single contact
                        The person who takes your request follows it until it is resolved, even when our technical, \
                        accounting or sales teams step in.

                        ### Clear follow-up
                        In your customer portal you see where your requests, contracts and invoices stand.

                        ### Teams close to you
                        Our teams in Lyon and Clermont-Ferrand work together in one tool.
                        """,
                        "",
                        "User support, managed services and IT projects for small businesses around Lyon, with one single contact."));
        page(
                website,
                PageKind.SERVICES,
                null,
                fr("Nos services", null, """
                        - **Support utilisateurs** : une hotline joignable du lundi au vendredi, avec des délais \
                        d’intervention garantis.
                        - **Infogérance** : supervision, sauvegardes et mises à jour de vos postes et serveurs.
                        - **Projets** : déménagement, renouvellement du parc, messagerie — nous pilotons vos projets.

                        Nos prestations et leurs prix hors taxes ; un devis précis sur simple demande.
                        """, "", ""),
                en("Our services", null, """
                        - **User support**: a hotline open Monday to Friday, with guaranteed response times.
                        - **Managed services**: monitoring, backups and updates of your workstations and servers.
                        - **Projects**: office moves, hardware renewal, email — we run your IT projects.

                        What we offer and its prices excluding VAT; a precise quote on request.
                        """, "", ""));
        page(website, PageKind.PAGE, 1, fr("À propos", "a-propos", """
                        Fondée à Lyon, Helios Infogérance compte une vingtaine de personnes entre Lyon et \
                        Clermont-Ferrand. Nous croyons qu’un client ne doit jamais être « baladé » d’un service à \
                        l’autre : chaque demande a un interlocuteur, du premier appel à la résolution.
                        """, "", ""), en("About us", "about", """
                        Founded in Lyon, Helios Infogérance has some twenty people between Lyon and \
                        Clermont-Ferrand. We believe a customer should never be bounced from one department to \
                        another: every request has one contact, from the first call to the resolution.
                        """, "", ""));
        page(
                website,
                PageKind.LEGAL_NOTICE,
                null,
                fr("Mentions légales", "mentions-legales", """
                        **Éditeur du site** : Helios Infogérance, Lyon.

                        **Hébergement** : serveurs situés en France.
                        """, "", ""),
                en("Legal notice", "legal-notice", """
                        **Publisher**: Helios Infogérance, Lyon.

                        **Hosting**: servers located in France.
                        """, "", ""));
        page(
                website,
                PageKind.TERMS_OF_SALE,
                null,
                fr("Conditions générales de vente", "conditions-generales-de-vente", """
                        Les prestations d’Helios Infogérance sont régies par le contrat signé avec chaque client et \
                        par les présentes conditions. Les prix sont indiqués hors taxes.
                        """, "", ""),
                en("Terms of sale", "terms-of-sale", """
                        Helios Infogérance’s services are governed by the contract signed with each customer and by \
                        these terms. Prices are shown excluding VAT.
                        """, "", ""));
        page(
                website,
                PageKind.PRIVACY,
                null,
                fr("Politique de confidentialité", "confidentialite", """
                        Les données que vous nous confiez servent uniquement à traiter vos demandes et à exécuter vos \
                        contrats. Vous pouvez y accéder, les rectifier ou demander leur effacement en nous écrivant.
                        """, "", ""),
                en("Privacy policy", "privacy", """
                        The data you entrust to us serve only to handle your requests and perform your contracts. \
                        You may access, correct or ask us to erase them by writing to us.
                        """, "", ""));
    }

    private static void page(WebsiteManagement website, PageKind kind, Integer menu, PageText fr, PageText en) {
        long id = website.create(kind, menu, List.of(fr, en), "demo");
        website.publish(id, 0, "demo");
    }

    private static PageText fr(String title, String slug, String body, String seoTitle, String seoDescription) {
        return PageText.written(Language.FR, title, slug, body, seoTitle, seoDescription);
    }

    private static PageText en(String title, String slug, String body, String seoTitle, String seoDescription) {
        return PageText.written(Language.EN, title, slug, body, seoTitle, seoDescription);
    }
}
