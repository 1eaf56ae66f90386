package fr.guichet.billing.accounting;

import java.time.LocalDate;

/**
 * The lettering (lettrage) of a customer's account: an invoice and the payment that settled it exactly, marked with
 * the same code on their 411 lines (EcritureLet), as of the day the second of them happened (DateLet). The code comes
 * from the invoice (its number in base 26, A to Z), so it stays the same in every file, whatever year each line is in.
 */
public record Lettering(String code, LocalDate on) {

    public static String codeOf(long invoiceId) {
        StringBuilder code = new StringBuilder();
        long n = invoiceId;
        do {
            code.insert(0, (char) ('A' + (n % 26)));
            n /= 26;
        } while (n > 0);
        return code.toString();
    }
}
