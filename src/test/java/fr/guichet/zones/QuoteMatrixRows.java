package fr.guichet.zones;

/**
 * The access matrix's rows for quotes and the terms of sale (issue 15, part B), in the format of
 * {@link AccessMatrixIT#TABLE} (which a single constant can no longer hold).
 */
final class QuoteMatrixRows {

    private QuoteMatrixRows() {}

    /** Not a compile-time constant: folded into the table, the class file's constant would be too long. */
    static final String ROWS = String.valueOf("""

            # Quotes (issue 15): the desk's, billing's, the customer's; the terms of sale they attach
            GET   /desk/quotes                                                   LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/quotes/export.csv                                        LOGIN 403   403   OK    403   403   403   OK    403   403
            GET   /desk/quotes/new                                               LOGIN 403   403   OK    403   403   403   OK    403   403
            POST  /desk/quotes                                                   LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes   organisationId={customer}&title=Matrice&validUntil={inamonth}&language=FR&version=0
            POST  /desk/quotes/from-request                                      LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/from-request   reference={presales}
            GET   /desk/quotes/{id}                                              LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quote}
            POST  /desk/quotes/{id}                                              LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quotedraft}   title=Matrice bis&validUntil={inamonth}&language=FR&version={quotedraft.v}
            POST  /desk/quotes/{id}/lines                                        LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quotedraft}/lines   version={quotedraft.v}&itemCode=HOTLINE-PRO&quantity=1&discountPercent=0
            POST  /desk/quotes/{id}/lines/{index}/remove                         LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quotedraft}/lines/0/remove   version={quotedraft.v}
            POST  /desk/quotes/{id}/send                                         LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quotedraft}/send   version={quotedraft.v}&recipient=matrice@example.fr
            GET   /desk/quotes/{id}/pdf                                          LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quote}/pdf
            GET   /desk/quotes/{id}/revisions/{revision}/pdf                     LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quote}/revisions/1/pdf
            GET   /desk/quotes/{id}/certificate                                  LOGIN 403   403   OK    403   403   403   OK    403   403
                  /desk/quotes/{quoteok}/certificate
            GET   /back/billing/quotes                                           LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/quotes/export.csv                                LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/quotes/new                                       LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/quotes                                           LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes   organisationId={customer}&title=Matrice&validUntil={inamonth}&language=FR&version=0
            POST  /back/billing/quotes/from-request                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/from-request   reference={presales}
            GET   /back/billing/quotes/{id}                                      LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quote}
            POST  /back/billing/quotes/{id}                                      LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quotedraft}   title=Matrice bis&validUntil={inamonth}&language=FR&version={quotedraft.v}
            POST  /back/billing/quotes/{id}/lines                                LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quotedraft}/lines   version={quotedraft.v}&description=Libre&quantity=1&unit=HOUR&unitPrice=10&vatRate=STANDARD&recurrence=ONE_OFF
            POST  /back/billing/quotes/{id}/lines/{index}/remove                 LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quotedraft}/lines/0/remove   version={quotedraft.v}
            POST  /back/billing/quotes/{id}/send                                 LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quotedraft}/send   version={quotedraft.v}&recipient=matrice@example.fr
            GET   /back/billing/quotes/{id}/pdf                                  LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quote}/pdf
            GET   /back/billing/quotes/{id}/revisions/{revision}/pdf             LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quote}/revisions/1/pdf
            GET   /back/billing/quotes/{id}/certificate                          LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quoteok}/certificate
            POST  /back/billing/quotes/{id}/convert                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quoteok}/convert   version={quoteok.v}&contract=true&invoice=DEPOSIT&depositPercent=30
            POST  /back/billing/quotes/{id}/accept                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/quotes/{quote}/accept   version={quote.v}&signerName=Client matrice&signerRole=Gérant
            GET   /portal/quotes                                                 LOGIN OK    OK    403   403   403   403   403   403   403
            GET   /portal/quotes/{id}                                            LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quote}
            GET   /portal/quotes/{id}/pdf                                        LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quote}/pdf
            GET   /portal/quotes/{id}/accept                                     LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quote}/accept
            POST  /portal/quotes/{id}/accept                                     LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quote}/accept   version={quote.v}&signerName=Client matrice&signerRole=Gérant&agree=true
            POST  /portal/quotes/{id}/decline                                    LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quote}/decline   version={quote.v}&reason=Trop cher
            GET   /portal/quotes/{id}/certificate                                LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/quotes/{quoteok}/certificate
            GET   /back/admin/company/terms                                      LOGIN 403   403   403   403   403   403   OK    OK    403
            POST  /back/admin/company/terms                                      LOGIN 403   403   403   403   403   403   RULE  RULE  403
                  /back/admin/company/terms   content=&version=0

            POST  /api/v1/quotes                                                 401   403   403   OK    403   403   403   OK    403   OK    403
                  /api/v1/quotes   {"organisationId":{customer},"title":"Devis API"}
            GET   /api/v1/quotes                                                 401   OK    OK    OK    403   403   403   OK    403   OK    403
            GET   /api/v1/quotes/{id}                                            401   OK    404   OK    403   403   403   OK    403   OK    403
                  /api/v1/quotes/{quote}
            GET   /api/v1/quotes/{id}/pdf                                        401   OK    404   OK    403   403   403   OK    403   OK    403
                  /api/v1/quotes/{quote}/pdf
            POST  /api/v1/quotes/{id}/lines                                      401   403   403   OK    403   403   403   OK    403   OK    403
                  /api/v1/quotes/{quotedraft}/lines   {"version":{quotedraft.v},"itemCode":"HOTLINE-PRO","quantity":1}
            POST  /api/v1/quotes/{id}/send                                       401   403   403   OK    403   403   403   OK    403   OK    403
                  /api/v1/quotes/{quotedraft}/send   {"version":{quotedraft.v},"recipient":"matrice@example.fr"}
            POST  /api/v1/quotes/{id}/accept                                     401   OK    404   403   403   403   403   OK    403   OK    403
                  /api/v1/quotes/{quote}/accept   {"version":{quote.v},"signerName":"Client matrice","signerRole":"Gérant","ipAddress":"192.0.2.7"}
            """);
}
