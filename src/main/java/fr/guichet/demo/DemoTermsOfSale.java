package fr.guichet.demo;

import fr.guichet.company.TermsOfSaleManagement;

/** The demo company's terms of sale, which its quotes attach. */
final class DemoTermsOfSale {

    private DemoTermsOfSale() {}

    static final String TEXT = """
            Conditions générales de vente — Helios Infogérance

            Article 1 — Objet. Les présentes conditions régissent les prestations d'infogérance, d'assistance et de \
            formation de Helios Infogérance auprès de ses clients professionnels.
            Article 2 — Devis. Un devis est valable jusqu'à la date qu'il indique ; il est accepté en ligne (bon pour \
            accord) dans l'espace client.
            Article 3 — Prix. Les prix sont en euros hors taxes ; la TVA applicable est ajoutée au taux en vigueur.
            Article 4 — Paiement. Les factures sont payables à 30 jours date de facture, sans escompte. Tout retard \
            entraîne des pénalités au taux de trois fois le taux d'intérêt légal et une indemnité forfaitaire de \
            recouvrement de 40 euros.
            Article 5 — Abonnements. Les prestations récurrentes font l'objet d'un contrat d'un an, reconduit \
            tacitement, résiliable en ligne avec un préavis de 30 jours.
            Article 6 — Litiges. Tribunal de commerce de Lyon.
            """;

    static void seed(TermsOfSaleManagement terms) {
        if (terms.current().isEmpty()) {
            terms.change(TEXT, 0, "demo");
        }
    }
}
