package fr.guichet.requests;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What people write in the demo company's requests, in French as its customers and staff do: subjects and first
 * messages per category, replies, notes, hand-off notes, transfer reasons, questions and answers between teams, and
 * the comments of ratings (by score). Plain data, drawn by {@link DemoCustomerStory} and {@link DemoInternalStory}.
 */
final class DemoTexts {

    private DemoTexts() {}

    /** A subject and the first message that goes with it. */
    record Topic(String subject, String description) {}

    static final Map<Category, List<Topic>> TOPICS = Map.of(
            Category.TECHNICAL,
            List.of(
                    new Topic(
                            "Imprimante réseau hors ligne",
                            "L’imprimante du premier étage n’apparaît plus sur les postes depuis ce matin."),
                    new Topic(
                            "Messagerie : boîte pleine",
                            "Plusieurs collaborateurs reçoivent un message indiquant que leur boîte aux lettres est pleine."),
                    new Topic(
                            "Poste très lent au démarrage",
                            "Le poste de l’accueil met plus de dix minutes à démarrer, c’est bloquant pour nous."),
                    new Topic(
                            "VPN impossible depuis le domicile",
                            "Notre comptable ne parvient plus à se connecter au VPN en télétravail : erreur d’authentification."),
                    new Topic(
                            "Sauvegarde en échec",
                            "Nous avons reçu un courriel signalant l’échec de la sauvegarde de cette nuit."),
                    new Topic(
                            "Wi-Fi instable en salle de réunion",
                            "Le Wi-Fi coupe toutes les cinq minutes dans la grande salle."),
                    new Topic(
                            "Mot de passe oublié",
                            "Une collaboratrice a oublié son mot de passe de session et ne peut plus travailler."),
                    new Topic(
                            "Logiciel de caisse bloqué",
                            "Le logiciel de caisse affiche une erreur de licence à l’ouverture."),
                    new Topic(
                            "Courriels classés en indésirables",
                            "Nos devis envoyés aux clients arrivent dans leurs courriers indésirables."),
                    new Topic(
                            "Nouvel arrivant à équiper",
                            "Un nouveau collaborateur arrive lundi : il lui faut un poste, une adresse et les accès."),
                    new Topic(
                            "Écran noir après mise à jour",
                            "Après la mise à jour de cette nuit, un poste reste sur un écran noir."),
                    new Topic(
                            "Alerte antivirus", "L’antivirus signale un fichier suspect sur le serveur de fichiers.")),
            Category.BILLING,
            List.of(
                    new Topic("Facture en double", "Nous avons reçu deux fois la même facture pour le mois dernier."),
                    new Topic(
                            "Demande d’avoir",
                            "Le poste résilié en mars est toujours facturé, merci de nous faire un avoir."),
                    new Topic(
                            "Changement d’adresse de facturation",
                            "Notre siège a déménagé, merci de mettre à jour l’adresse de facturation."),
                    new Topic(
                            "Prélèvement rejeté",
                            "Notre banque a rejeté le prélèvement, pouvons-nous payer par virement ?"),
                    new Topic(
                            "Détail de la facture", "Pourriez-vous nous détailler les lignes de la dernière facture ?"),
                    new Topic(
                            "Bon de commande à rappeler",
                            "Notre service comptable exige notre numéro de bon de commande sur les factures.")),
            Category.PRE_SALES,
            List.of(
                    new Topic(
                            "Renouvellement du contrat",
                            "Notre contrat arrive à échéance, nous voudrions revoir le nombre de postes."),
                    new Topic(
                            "Devis pour cinq postes supplémentaires",
                            "Nous ouvrons une agence et voudrions un devis pour cinq postes infogérés."),
                    new Topic(
                            "Renseignements sur la sauvegarde externalisée",
                            "Quelles sont les garanties de votre offre de sauvegarde ?"),
                    new Topic(
                            "Audit de sécurité",
                            "Notre assureur nous demande un audit de sécurité : quel délai et quel tarif ?"),
                    new Topic(
                            "Formation bureautique",
                            "Nous souhaiterions former six personnes au tableur, quelles sont vos dates ?"),
                    new Topic(
                            "Migration de messagerie",
                            "Nous envisageons de migrer notre messagerie, pouvez-vous nous conseiller ?")),
            Category.AFTER_SALES,
            List.of(
                    new Topic(
                            "Intervention sur site à planifier",
                            "Nous aurions besoin d’un technicien sur place pour le câblage du nouveau bureau."),
                    new Topic(
                            "Réclamation sur une intervention",
                            "Le technicien venu mardi n’a pas terminé l’installation."),
                    new Topic(
                            "Licence antivirus à ajouter",
                            "Il nous faut deux licences antivirus de plus pour les nouveaux portables.")),
            Category.OTHER,
            List.of(
                    new Topic(
                            "Résiliation d’une ligne du contrat",
                            "Nous n’utilisons plus le serveur de secours, nous voudrions le retirer du contrat."),
                    new Topic(
                            "Attestation d’assurance",
                            "Notre client public nous demande votre attestation d’assurance professionnelle."),
                    new Topic(
                            "Données personnelles",
                            "Un ancien salarié demande la suppression de ses données de nos systèmes."),
                    new Topic("Question sur les horaires", "Êtes-vous ouverts pendant le pont de mai ?"),
                    new Topic(
                            "Changement d’interlocuteur",
                            "Notre gérant a changé, merci de mettre à jour vos contacts.")),
            Category.INTERNAL_IT,
            List.of(
                    new Topic("Portable à remplacer", "Mon portable ne tient plus la charge plus d’une heure."),
                    new Topic("Accès au dossier partagé", "Il me faudrait l’accès au dossier partagé des contrats."),
                    new Topic("Casque téléphonique", "Mon casque grésille pendant les appels.")),
            Category.INTERNAL_HR,
            List.of(
                    new Topic(
                            "Attestation employeur",
                            "Pourriez-vous me faire une attestation employeur pour mon bailleur ?"),
                    new Topic(
                            "Congés : solde incorrect",
                            "Mon solde de congés ne tient pas compte de ma semaine de mars."),
                    new Topic("Mutuelle : ajout d’un ayant droit", "Je voudrais ajouter mon conjoint à la mutuelle.")),
            Category.INTERNAL_PLAN,
            List.of(
                    new Topic(
                            "Planning de l’installation Caluire",
                            "Peux-tu nous donner les dates de l’installation prévue ?"),
                    new Topic(
                            "Ressources pour le déploiement",
                            "Il nous faudrait deux techniciens pour le déploiement de la semaine prochaine.")),
            Category.INTERNAL_OFFER,
            List.of(
                    new Topic(
                            "Proposition commerciale à relire",
                            "Pourriez-vous relire la proposition avant envoi au client ?"),
                    new Topic("Tarif spécial demandé", "Un client demande une remise de 10 %, pouvez-vous valider ?")),
            Category.INTERNAL_OTHER,
            List.of(
                    new Topic(
                            "Relecture d’une clause",
                            "Le client veut modifier la clause de responsabilité, pouvez-vous regarder ?"),
                    new Topic("Modèle de courrier", "Existe-t-il un modèle de courrier de relance amiable ?")));

    static final List<String> ACKNOWLEDGEMENTS = List.of(
            "Bonjour, nous avons bien reçu votre demande et la transmettons à l’équipe concernée. Je reste votre interlocuteur.",
            "Bonjour, merci pour votre message. Je m’en occupe et reviens vers vous dès que j’ai la réponse.",
            "Bonjour, c’est noté : l’équipe compétente prend le relais, je vous tiens informé.");

    static final List<String> QUESTIONS_TO_CUSTOMER = List.of(
            "Pourriez-vous nous indiquer le nom du poste concerné et une capture de l’erreur ?",
            "Pouvez-vous redémarrer l’appareil et nous dire si le problème persiste ?",
            "Pourriez-vous nous confirmer le numéro de facture concerné ?",
            "Quel créneau vous conviendrait pour notre intervention ?");

    static final List<String> CUSTOMER_ANSWERS = List.of(
            "Voici les informations demandées, merci.",
            "Après redémarrage le problème est toujours là.",
            "Mardi matin nous conviendrait.",
            "C’est la facture du mois dernier, je vous la joins.");

    /** The reply that settles a request, in the words of its category (a generic one for the others). */
    static final Map<Category, List<String>> RESOLUTIONS = Map.of(
            Category.TECHNICAL,
            List.of(
                    "C’est réglé : tout fonctionne de nouveau. N’hésitez pas à revenir vers nous si besoin.",
                    "Nous avons corrigé le problème et vérifié avec vous, bonne journée.",
                    "La correction est en place ; nous surveillons les prochains jours."),
            Category.BILLING,
            List.of(
                    "Nous avons vérifié votre facture : un avoir est émis, il apparaîtra dans votre espace client.",
                    "Après vérification, le montant est correct : le détail du calcul est dans votre espace client.",
                    "Votre paiement est bien enregistré, votre compte est à jour."),
            Category.PRE_SALES,
            List.of(
                    "Vous trouverez notre proposition dans votre espace client ; je reste à votre disposition.",
                    "Voici les tarifs demandés et les délais de mise en place.",
                    "Proposition envoyée : nous pouvons en parler quand vous le souhaitez."),
            Category.AFTER_SALES,
            List.of(
                    "Le technicien est repassé et l’installation est terminée ; toutes nos excuses pour le contretemps.",
                    "L’intervention est planifiée, la date est confirmée dans votre espace client.",
                    "Les licences sont ajoutées à votre contrat et activées."));

    /** A reply that settles a request of any other category. */
    static final List<String> GENERIC_RESOLUTIONS = List.of(
            "Le nécessaire est fait, vous trouverez le détail dans votre espace client.",
            "Voici la réponse à votre question ; je clôture la demande, vous pouvez la rouvrir si besoin.");

    static String resolution(Category category, SplittableRandom random) {
        return any(RESOLUTIONS.getOrDefault(category, GENERIC_RESOLUTIONS), random);
    }

    static final List<String> FIRST_CONTACT = List.of(
            "Réglé pendant l’appel : nous avons réinitialisé l’accès ensemble.",
            "Réponse donnée au guichet, le client repart avec son document.",
            "Renseignement donné directement, rien d’autre à faire.",
            "Manipulation guidée pas à pas, tout fonctionne.");

    static final List<String> NOTES = List.of(
            "Déjà vu chez ce client en début d’année, voir la demande précédente.",
            "Client sensible : rester très réactif.",
            "Vérifié à distance : le service redémarre correctement.",
            "En attente du retour du fournisseur.",
            "Piste : mise à jour du pilote à prévoir.");

    static final Map<String, List<String>> HAND_OFF_NOTES = Map.of(
            "support",
            List.of(
                    "Problème technique confirmé au téléphone, le client a déjà redémarré.",
                    "Le client a besoin d’une intervention à distance, joignable toute la journée."),
            "facturation",
            List.of(
                    "Question de facturation : le client conteste le montant de la dernière facture.",
                    "Le client demande un avoir, contrat consulté."),
            "adv",
            List.of("Demande commerciale : le client attend une proposition cette semaine."),
            "juridique",
            List.of("Question contractuelle, merci de regarder la clause concernée."));

    static final List<String> TRANSFER_REASONS = List.of(
            "Il s’agit finalement d’une question de facturation.",
            "La demande relève du contrat : l’administration des ventes est mieux placée.",
            "Point technique à traiter par le support.",
            "Question juridique sur les conditions du contrat.",
            "Mauvaise équipe à l’arrivée : nous la passons à la bonne.");

    static final List<String> QUESTIONS_TO_OWNER = List.of(
            "Le client a-t-il précisé depuis quand le problème se produit ?",
            "Peux-tu confirmer avec le client le nombre de postes concernés ?",
            "As-tu le numéro de contrat du client ?");

    static final List<String> OWNER_ANSWERS = List.of(
            "Depuis lundi matin d’après le client.",
            "Trois postes, confirmé au téléphone.",
            "C’est le contrat signé en janvier, voir la fiche client.");

    static final List<String> TEAM_ANSWERS = List.of(
            "C’est corrigé de notre côté, tu peux confirmer au client.",
            "Avoir émis, il apparaîtra sur la prochaine facture.",
            "Proposition envoyée en pièce jointe, à transmettre au client.",
            "Réponse : la clause ne s’applique pas dans son cas.");

    static final List<String> REOPENINGS =
            List.of("Le problème est revenu ce matin.", "Finalement cela ne fonctionne toujours pas.");

    static final String SUPPLIER = "En attente du fournisseur (pièce ou licence commandée) : compter quelques jours.";

    static final String NO_NEWS =
            "Sans nouvelles de votre part, nous clôturons la demande ; il vous suffit de nous répondre pour la rouvrir.";

    static final List<String> INTERNAL_REPLIES = List.of(
            "C’est fait, tu peux vérifier.",
            "Pris en compte, ce sera prêt demain.",
            "Voici la réponse, n’hésite pas si besoin.");

    /** Comments by score (index 0 for 1/5); most ratings come without a comment. */
    static final List<List<String>> COMMENTS = List.of(
            List.of(
                    "Trois interlocuteurs différents et toujours pas de solution.",
                    "Beaucoup trop long, nous avons été baladés.",
                    "Réponse très lente, nous avons dû rappeler deux fois."),
            List.of("Réponse tardive, même si le problème est réglé.", "Il a fallu relancer plusieurs fois."),
            List.of("Correct, mais un peu long.", "Réglé, sans plus."),
            List.of("Bonne réactivité, merci.", "Efficace et aimable.", "Clair et rapide, merci."),
            List.of(
                    "Parfait, réglé en quelques minutes !",
                    "Toujours le même interlocuteur, c’est appréciable.",
                    "Merci pour votre réactivité.",
                    "Super, rien à redire."));

    static <T> T any(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
