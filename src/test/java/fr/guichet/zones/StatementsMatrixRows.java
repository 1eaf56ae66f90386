package fr.guichet.zones;

/**
 * The access matrix's rows for bank accounts, statement imports and reconciliation (issue 16), in the format of
 * {@link AccessMatrixIT#TABLE}. An upload sends a small text file: billing and administrators reach the import and
 * are refused by its rule (no account chosen on the page, an unknown format through the API), nothing kept.
 */
final class StatementsMatrixRows {

    private StatementsMatrixRows() {}

    /** Not a compile-time constant: folded into the table, the class file's constant would be too long. */
    static final String ROWS = String.valueOf("""

            # Bank accounts, statements and reconciliation (issue 16): billing and administrators
            GET   /back/billing/bank-accounts                                    LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/bank-accounts/new                                LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/bank-accounts                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/bank-accounts   name=Matrice&iban={freshiban}&csvDateFormat=DAY_MONTH_YEAR&csvSeparator=SEMICOLON&csvCharset=UTF_8&csvSkipLines=1&version=0
            GET   /back/billing/bank-accounts/{id}                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/bank-accounts/{bankaccount}
            POST  /back/billing/bank-accounts/{id}                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/bank-accounts/{bankaccount}   name=Matrice bis&iban={bankiban}&version={bankaccount.v}
            GET   /back/billing/statements                                       LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/statements                                       LOGIN 403   403   403   403   403   403   RULE  403   RULE
                  /back/billing/statements   @upload:file
            GET   /back/billing/statements/{id}                                  LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/statements/{statementimport}
            GET   /back/billing/statements/{id}/file                             LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/statements/{statementimport}/file
            GET   /back/billing/reconciliation                                   LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/reconciliation/{id}/match                        LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reconciliation/{stmtentry}/match   invoiceId={invoice}&version={stmtentry.v}
            POST  /back/billing/reconciliation/{id}/split                        LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reconciliation/{stmtentry}/split   invoiceId={invoice}&amount=10,00&invoiceId={stmtinvoice}&amount=2,34&version={stmtentry.v}
            POST  /back/billing/reconciliation/{id}/book                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reconciliation/{stmtentry}/book   kind=BANK_FEES&accountLabel=627 Frais&version={stmtentry.v}
            POST  /back/billing/reconciliation/{id}/ignore                       LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reconciliation/{stmtentry}/ignore   reason=Matrice&version={stmtentry.v}
            POST  /back/billing/reconciliation/{id}/undo                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reconciliation/{stmthandled}/undo   reason=Matrice&version={stmthandled.v}
            POST  /api/v1/statements                                             401   403   403   403   403   403   403   RULE  403   RULE  403
                  /api/v1/statements   @upload:file
            """);
}
