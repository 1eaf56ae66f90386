package fr.guichet.billing.accounting;

/**
 * What an entry says (EcritureLib). In French whatever the reader's language: the entries are the company's French
 * books, handed to its accountant and, through the FEC, to the tax administration.
 */
final class EntryLabels {

    private EntryLabels() {}

    static String sale(SaleDocument sale) {
        String what = switch (sale.kind()) {
            case INVOICE -> "Facture ";
            case DEPOSIT -> "Facture d’acompte ";
            case CREDIT_NOTE -> "Avoir ";
        };
        return what + sale.number() + " " + sale.customerName();
    }

    static String payment(BankMovement movement) {
        boolean refund = movement.amount().isNegative();
        String what = refund ? "Remboursement " : "Règlement ";
        String how = switch (movement.method()) {
            case "TRANSFER" -> "virement";
            case "CARD" -> "carte";
            case "CHEQUE" -> "chèque";
            case "DIRECT_DEBIT" -> "prélèvement";
            case "CASH" -> "espèces";
            default -> refund ? "virement" : movement.method().toLowerCase(java.util.Locale.ROOT);
        };
        String reference = movement.reference() == null ? "" : " " + movement.reference();
        return what + how + " " + movement.customerName() + reference;
    }
}
