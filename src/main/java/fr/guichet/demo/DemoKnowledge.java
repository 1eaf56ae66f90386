package fr.guichet.demo;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.knowledge.ArticleAudience;
import fr.guichet.knowledge.ArticleContent;
import fr.guichet.knowledge.KnowledgeArticle;
import fr.guichet.knowledge.KnowledgeCategory;
import fr.guichet.knowledge.KnowledgeManagement;
import fr.guichet.knowledge.TranslationContent;
import fr.guichet.shared.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo company's help centre: four categories and articles in French and English for its customers (passwords,
 * VPN, printers, invoices, contracts) and a few internal ones for its staff, with readers' votes.
 */
final class DemoKnowledge {

    record CategorySeed(String slug, String nameFr, String nameEn) {}

    record ArticleSeed(
            String category,
            ArticleAudience audience,
            boolean published,
            String titleFr,
            String bodyFr,
            String titleEn,
            String bodyEn,
            int yes,
            int no) {}

    static final List<CategorySeed> CATEGORIES = List.of(
            new CategorySeed("compte-et-acces", "Compte et accès", "Account and access"),
            new CategorySeed("reseau-et-vpn", "Réseau et VPN", "Network and VPN"),
            new CategorySeed("imprimantes-et-postes", "Imprimantes et postes de travail", "Printers and workstations"),
            new CategorySeed("factures-et-contrats", "Factures et contrats", "Invoices and contracts"));

    private static final ArticleAudience PUBLIC = ArticleAudience.PUBLIC;
    private static final ArticleAudience INTERNAL = ArticleAudience.INTERNAL;

    static final List<ArticleSeed> ARTICLES = List.of(
            new ArticleSeed(
                    "compte-et-acces",
                    PUBLIC,
                    true,
                    "Réinitialiser votre mot de passe",
                    """
                    Vous avez oublié votre mot de passe de session ou de messagerie ?

                    1. Ouvrez la page de connexion de votre poste et choisissez **Mot de passe oublié**.
                    2. Saisissez votre adresse de messagerie professionnelle.
                    3. Suivez le lien reçu par SMS sur le téléphone déclaré auprès d'Helios.

                    Le nouveau mot de passe doit compter **12 caractères** au moins. Sans téléphone déclaré, \
                    écrivez-nous depuis l'espace client : nous vérifions votre identité avant toute réinitialisation.
                    """,
                    "Reset your password",
                    """
                    Forgot your session or e-mail password?

                    1. Open your computer's sign-in page and choose **Forgot password**.
                    2. Type your work e-mail address.
                    3. Follow the link sent by text message to the phone registered with Helios.

                    The new password needs at least **12 characters**. Without a registered phone, write to us from \
                    the customer portal: we check your identity before any reset.
                    """,
                    42,
                    3),
            new ArticleSeed(
                    "compte-et-acces",
                    PUBLIC,
                    true,
                    "Activer la double authentification",
                    """
                    La double authentification protège votre messagerie même si votre mot de passe est volé.

                    - Installez une application d'authentification (Microsoft Authenticator, FreeOTP…).
                    - Dans votre compte Microsoft 365, ouvrez **Sécurité › Méthodes de connexion**.
                    - Scannez le QR code, puis saisissez le code à six chiffres affiché.

                    Changement de téléphone : prévenez-nous **avant** de rendre l'ancien.
                    """,
                    "Turn on two-factor authentication",
                    """
                    Two-factor authentication protects your mailbox even if your password is stolen.

                    - Install an authenticator app (Microsoft Authenticator, FreeOTP…).
                    - In your Microsoft 365 account, open **Security › Sign-in methods**.
                    - Scan the QR code, then type the six-digit code shown.

                    Changing phones: tell us **before** you hand back the old one.
                    """,
                    18,
                    2),
            new ArticleSeed(
                    "compte-et-acces",
                    PUBLIC,
                    true,
                    "Donner accès à l'espace client à un collègue",
                    """
                    Chaque personne de votre organisation peut avoir son propre accès à l'espace client.

                    Écrivez-nous une demande « Compte et accès » avec son nom, sa fonction et son adresse de \
                    messagerie : elle reçoit une invitation valable sept jours.
                    """,
                    "Give a colleague access to the customer portal",
                    """
                    Everyone in your organisation can have their own access to the customer portal.

                    Send us an "Account and access" request with their name, role and e-mail address: they receive an \
                    invitation valid for seven days.
                    """,
                    7,
                    1),
            new ArticleSeed(
                    "reseau-et-vpn",
                    PUBLIC,
                    true,
                    "Se connecter au VPN depuis chez soi",
                    """
                    Le VPN vous donne accès aux dossiers partagés et aux logiciels de l'entreprise hors du bureau.

                    1. Lancez **FortiClient** depuis le menu Démarrer.
                    2. Choisissez la connexion fournie par Helios et saisissez vos identifiants de session.
                    3. Validez la notification de double authentification.

                    **Ça ne marche pas ?** Vérifiez d'abord votre connexion Internet, puis redémarrez le poste. \
                    Si le message « Credential or SSLVPN configuration is wrong » s'affiche, votre mot de passe a \
                    peut-être expiré : réinitialisez-le.
                    """,
                    "Connect to the VPN from home",
                    """
                    The VPN gives you access to shared folders and company software away from the office.

                    1. Start **FortiClient** from the Start menu.
                    2. Choose the connection Helios set up and type your session credentials.
                    3. Approve the two-factor notification.

                    **Not working?** First check your Internet connection, then restart the computer. If you see \
                    "Credential or SSLVPN configuration is wrong", your password may have expired: reset it.
                    """,
                    55,
                    9),
            new ArticleSeed(
                    "reseau-et-vpn",
                    PUBLIC,
                    true,
                    "Le réseau est lent : que vérifier ?",
                    """
                    Avant de nous appeler, quelques vérifications rapides :

                    - Un seul poste est lent, ou tous ? Si tous, redémarrez la box et le commutateur.
                    - Le Wi-Fi est-il faible ? Rapprochez-vous de la borne ou branchez un câble.
                    - Une sauvegarde ou une mise à jour est-elle en cours ?

                    Si la lenteur continue, écrivez-nous en précisant l'heure et les postes concernés.
                    """,
                    "The network is slow: what to check",
                    """
                    Before calling us, a few quick checks:

                    - Is one computer slow, or all of them? If all, restart the router and the switch.
                    - Is the Wi-Fi signal weak? Move closer to the access point or plug in a cable.
                    - Is a backup or an update running?

                    If it stays slow, write to us with the time and the computers affected.
                    """,
                    12,
                    6),
            new ArticleSeed(
                    "reseau-et-vpn",
                    PUBLIC,
                    true,
                    "Connecter un invité au Wi-Fi",
                    """
                    Vos visiteurs utilisent le réseau **Invités**, séparé de vos postes. Le mot de passe du jour est \
                    affiché sur la page d'accueil de votre portail d'administration Wi-Fi ; il change chaque lundi.
                    """,
                    "Connect a guest to the Wi-Fi",
                    """
                    Your visitors use the **Guests** network, kept apart from your computers. The week's password is \
                    shown on your Wi-Fi admin portal's home page; it changes every Monday.
                    """,
                    4,
                    0),
            new ArticleSeed(
                    "imprimantes-et-postes",
                    PUBLIC,
                    true,
                    "L'imprimante est « hors ligne »",
                    """
                    1. Vérifiez que l'imprimante est allumée et n'affiche pas d'erreur (papier, bourrage, toner).
                    2. Éteignez-la trente secondes puis rallumez-la.
                    3. Sur le poste, ouvrez **Paramètres › Imprimantes**, choisissez l'imprimante puis \
                    **Ouvrir la file d'attente** et annulez les documents bloqués.

                    Toujours hors ligne ? Écrivez-nous avec le modèle de l'imprimante et le message affiché.
                    """,
                    "The printer is \"offline\"",
                    """
                    1. Check that the printer is on and shows no error (paper, jam, toner).
                    2. Turn it off for thirty seconds, then back on.
                    3. On the computer, open **Settings › Printers**, choose the printer, then **Open queue** and \
                    cancel any stuck document.

                    Still offline? Write to us with the printer's model and the message shown.
                    """,
                    61,
                    14),
            new ArticleSeed(
                    "imprimantes-et-postes",
                    PUBLIC,
                    true,
                    "Numériser un document vers sa messagerie",
                    """
                    Sur le copieur, touchez **Numériser › Courriel**, choisissez votre nom dans le carnet d'adresses et \
                    appuyez sur **Départ**. Le PDF arrive en quelques minutes ; pensez aux courriers indésirables.
                    """,
                    "Scan a document to your e-mail",
                    """
                    On the copier, tap **Scan › E-mail**, pick your name in the address book and press **Start**. \
                    The PDF arrives within minutes; check your junk folder.
                    """,
                    9,
                    2),
            new ArticleSeed(
                    "imprimantes-et-postes",
                    PUBLIC,
                    false,
                    "Préparer l'arrivée d'un nouveau collaborateur",
                    """
                    Prévenez-nous dix jours ouvrés avant l'arrivée : nom, fonction, date, logiciels nécessaires. \
                    Nous préparons le poste, le compte et les accès.
                    """,
                    "",
                    "",
                    0,
                    0),
            new ArticleSeed(
                    "factures-et-contrats",
                    PUBLIC,
                    true,
                    "Télécharger vos factures",
                    """
                    Vos factures sont dans l'espace client, rubrique **Factures** : chacune se télécharge en PDF. \
                    Vous les recevez aussi par courriel à l'adresse de facturation de votre organisation.
                    """,
                    "Download your invoices",
                    """
                    Your invoices are in the customer portal under **Invoices**: each one downloads as a PDF. They are \
                    also e-mailed to your organisation's billing address.
                    """,
                    23,
                    1),
            new ArticleSeed(
                    "factures-et-contrats",
                    PUBLIC,
                    true,
                    "Comprendre les lignes de votre facture d'infogérance",
                    """
                    - **Forfait infogérance** : le prix mensuel par poste, selon votre contrat.
                    - **Interventions hors forfait** : le temps passé sur place au-delà du forfait, au quart d'heure.
                    - **Matériel** : ce que nous avons fourni, au prix du devis accepté.

                    Une ligne vous semble fausse ? Écrivez-nous une demande « Facturation » avec le numéro de facture.
                    """,
                    "Understand your managed-services invoice",
                    """
                    - **Managed-services package**: the monthly price per computer, as in your contract.
                    - **Out-of-package work**: on-site time beyond the package, by the quarter hour.
                    - **Hardware**: what we supplied, at the accepted quote's price.

                    A line looks wrong? Send us a "Billing" request with the invoice number.
                    """,
                    15,
                    4),
            new ArticleSeed(
                    "factures-et-contrats",
                    PUBLIC,
                    true,
                    "Résilier ou ne pas renouveler un contrat",
                    """
                    Les contrats se renouvellent d'eux-mêmes sauf préavis. Le préavis et sa date limite figurent sur \
                    la page du contrat dans l'espace client, d'où vous pouvez aussi demander la résiliation.
                    """,
                    "Cancel a contract or stop its renewal",
                    """
                    Contracts renew themselves unless notice is given. The notice period and its deadline are on the \
                    contract's page in the customer portal, where you can also ask for cancellation.
                    """,
                    8,
                    2),
            new ArticleSeed(
                    "compte-et-acces",
                    INTERNAL,
                    true,
                    "Procédure : vérifier l'identité avant une réinitialisation",
                    """
                    **Interne.** Avant toute réinitialisation demandée par téléphone :

                    1. Rappeler le numéro enregistré dans la fiche du contact (jamais celui donné au téléphone).
                    2. Poser la question de contrôle de l'organisation.
                    3. Noter la vérification dans la demande (note interne).
                    """,
                    "Procedure: check identity before a reset",
                    """
                    **Internal.** Before any reset asked for by phone:

                    1. Call back the number stored on the contact's record (never the one given on the phone).
                    2. Ask the organisation's security question.
                    3. Record the check in the request (internal note).
                    """,
                    0,
                    0),
            new ArticleSeed(
                    "reseau-et-vpn", INTERNAL, true, "Escalader une panne réseau à l'astreinte", """
                    **Interne.** Une panne qui touche tout un site client en heures ouvrées : priorité **Urgente**, \
                    transfert à l'équipe Support technique, appel de l'astreinte au numéro du planning.
                    """, "", "", 0, 0),
            new ArticleSeed(
                    "factures-et-contrats",
                    INTERNAL,
                    false,
                    "Avoirs : quand et comment les émettre",
                    """
                    **Interne, brouillon.** Un avoir annule tout ou partie d'une facture ; il est validé par la \
                    facturation avant envoi.
                    """,
                    "",
                    "",
                    0,
                    0));

    private DemoKnowledge() {}

    /** Seeds the help centre as the demo's webmaster, who publishes; then the readers' votes. */
    static void seed(KnowledgeManagement knowledge, AccountPrincipal webmaster) {
        Map<String, Long> categories = new HashMap<>();
        int position = 10;
        for (CategorySeed seed : CATEGORIES) {
            KnowledgeCategory category =
                    knowledge.addCategory(seed.slug(), seed.nameFr(), seed.nameEn(), position, webmaster);
            categories.put(seed.slug(), category.getId());
            position += 10;
        }
        List<KnowledgeArticle> written = new ArrayList<>();
        for (ArticleSeed seed : ARTICLES) {
            Map<Language, TranslationContent> texts = new HashMap<>();
            texts.put(Language.FR, new TranslationContent(seed.titleFr(), "", "", seed.bodyFr()));
            texts.put(Language.EN, new TranslationContent(seed.titleEn(), "", "", seed.bodyEn()));
            KnowledgeArticle article = knowledge.write(
                    new ArticleContent(categories.get(seed.category()), seed.audience(), texts, List.of(), null),
                    webmaster);
            if (seed.published()) {
                article = knowledge.publish(article.getId(), article.getVersion(), webmaster);
            }
            written.add(article);
        }
        // "See also": the password and two-factor articles, the VPN and slow-network ones, the two invoice ones.
        relate(knowledge, webmaster, written, 0, 1, 12);
        relate(knowledge, webmaster, written, 3, 4, 0);
        relate(knowledge, webmaster, written, 9, 10, 11);
        relate(knowledge, webmaster, written, 6, 7);
        for (int i = 0; i < ARTICLES.size(); i++) {
            ArticleSeed seed = ARTICLES.get(i);
            if (!seed.published() || seed.audience() != PUBLIC) {
                continue;
            }
            for (int n = 0; n < seed.yes(); n++) {
                knowledge.vote(written.get(i).getId(), "demo:yes:" + n, true);
            }
            for (int n = 0; n < seed.no(); n++) {
                knowledge.vote(written.get(i).getId(), "demo:no:" + n, false);
            }
        }
    }

    private static void relate(
            KnowledgeManagement knowledge,
            AccountPrincipal webmaster,
            List<KnowledgeArticle> written,
            int of,
            int... to) {
        KnowledgeArticle article = knowledge.get(written.get(of).getId());
        Map<Language, TranslationContent> texts = new HashMap<>();
        article.translationsByLanguage()
                .forEach((language, text) -> texts.put(
                        language,
                        new TranslationContent(text.title(), text.slug(), text.summary(), text.bodyMarkdown())));
        List<Long> related = new ArrayList<>();
        for (int index : to) {
            related.add(written.get(index).getId());
        }
        knowledge.change(
                article.getId(),
                article.getVersion(),
                new ArticleContent(article.getCategoryId(), article.getAudience(), texts, related, null),
                webmaster);
    }
}
