package fr.guichet.zones;

/**
 * The access matrix's rows for SEPA direct debit (issue 16): the creditor identifier, mandates, batches of debits and
 * the customer's mandates in the portal, in the format of {@link AccessMatrixIT#TABLE}.
 */
final class SepaMatrixRows {

    private SepaMatrixRows() {}

    /*
     * The signed copy's upload carries no date of signature here (the matrix's multipart bodies have no fields): it is
     * refused by that rule, the page shown again with the reason; SepaDirectDebitIT uploads one with its date.
     */

    /** Not a compile-time constant: folded into the table, the class file's constant would be too long. */
    static final String ROWS = String.valueOf("""

            # SEPA direct debit (issue 16): billing's creditor identifier, mandates and batches; the customer's mandates
            GET   /back/billing/settings/sepa                                    LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/settings/sepa                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/settings/sepa   creditorId=FR72ZZZ123456&expected={sepacreditor}
            GET   /back/billing/mandates                                         LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/mandates/new                                     LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/mandates/new?organisationId={customer}
            POST  /back/billing/mandates                                         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/mandates   organisationId={customer}&kind=RECURRING&debtorName=Matrice&iban=FR7630004000031234567890143
            GET   /back/billing/mandates/{id}                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/mandates/{mandate}
            POST  /back/billing/mandates/{id}/proof                              LOGIN 403   403   403   403   403   403   RULE  403   RULE
                  /back/billing/mandates/{mandate}/proof   @image:files
            GET   /back/billing/mandates/{id}/proof                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/mandates/{signedmandate}/proof
            POST  /back/billing/mandates/{id}/revoke                             LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/mandates/{mandate}/revoke   version={mandate.v}&reason=Matrice
            GET   /back/billing/direct-debits                                    LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/direct-debits                                    LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits   collectionDate={debitdate}
            GET   /back/billing/direct-debits/{id}                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits/{debitbatch}
            GET   /back/billing/direct-debits/{id}/file                          LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits/{debitbatch}/file
            POST  /back/billing/direct-debits/{id}/cancel                        LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits/{debitbatch}/cancel
            POST  /back/billing/direct-debits/{id}/collect                       LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits/{duebatch}/collect
            POST  /back/billing/direct-debits/debits/{debitId}/reject            LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/direct-debits/debits/{debit}/reject   reasonCode=AM04&batchId={debitbatch}
            GET   /portal/mandates                                               LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/mandates/{id}                                          LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/mandates/{mandate}
            POST  /portal/mandates/{id}/sign                                     LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/mandates/{mandate}/sign   signerName=Client matrice&agree=true
            """);
}
