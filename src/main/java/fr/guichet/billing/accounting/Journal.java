package fr.guichet.billing.accounting;

/** The journals billing writes in: sales (invoices, deposit invoices, credit notes) and bank (payments, refunds). */
public enum Journal {
    VE("Journal des ventes"),
    BQ("Journal de banque");

    private final String label;

    Journal(String label) {
        this.label = label;
    }

    /** The journal's label in the FEC (JournalLib), in French as the file is for the French tax administration. */
    public String label() {
        return label;
    }
}
