package fr.guichet.zones;

/**
 * The access matrix's rows for the accountant's hand-over (issue 16: journal entries, FEC, aged receivables), in the
 * format of {@link AccessMatrixIT#TABLE}: billing and admins only, customers and other staff refused.
 */
final class AccountingMatrixRows {

    private AccountingMatrixRows() {}

    /** Not a compile-time constant: folded into the table, the class file's constant would be too long. */
    static final String ROWS = String.valueOf("""

            # Accounting (issue 16): journals, FEC, chart of accounts, aged receivables
            GET   /back/billing/accounting                                       LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/accounting/fec                                   LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/accounting/fec?year=2026
            GET   /back/billing/accounting/accounts                              LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/accounting/accounts                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/accounting/accounts   role=BANK&number=512&label=Banque&numberSeen=512&labelSeen=Banque
            GET   /back/billing/receivables                                      LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/receivables/export.csv                           LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /api/v1/accounting/fec                                         401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/accounting/fec?year=2026
            GET   /api/v1/accounting/receivables                                 401   403   403   403   403   403   403   OK    403   OK    403
            """);
}
