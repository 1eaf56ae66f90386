package fr.guichet.zones;

/**
 * The access matrix's rows for reminders (issue 16): billing's pages and acts (runs, levels, rates, holds, an
 * invoice's dispute and payment plan, the customer's answers looked at), the customer's reminders in the portal; in the
 * format of {@link AccessMatrixIT#TABLE}, objects from {@link RemindersSamples}.
 */
final class RemindersMatrixRows {

    private RemindersMatrixRows() {}

    /** Not a compile-time constant: folded into the table, the class file's constant would be too long. */
    static final String ROWS = String.valueOf("""

            # Reminders (issue 16): billing's runs, levels, rates, holds; an invoice's dispute and plan; the portal's answers
            GET   /back/billing/reminders                                        LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/reminders/runs                                   LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/reminders/runs/{id}                              LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/runs/{reminderrun}
            POST  /back/billing/reminders/holds                                  LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/holds   organisationId={customer}&reason=Matrice
            POST  /back/billing/reminders/holds/{organisationId}/release         LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/holds/{customer}/release
            GET   /back/billing/reminders/rates                                  LOGIN 403   403   403   403   403   403   OK    403   OK
            POST  /back/billing/reminders/rates                                  LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/rates   kind=LEGAL&halfYear=2026-S2&rate=2,62&source=Matrice&version={reminderrate.v}
            GET   /back/billing/reminders/levels                                 LOGIN 403   403   403   403   403   403   OK    403   OK
            GET   /back/billing/reminders/levels/{id}                            LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/levels/{reminderlevel}
            POST  /back/billing/reminders/levels/{id}                            LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/levels/{reminderlevel}   version={reminderlevel.v}&delayDays=30&subjectFr=Mise en demeure&bodyFr=Réglez sous huit jours.&subjectEn=Formal notice&bodyEn=Pay within eight days.
            GET   /back/billing/reminders/{id}/pdf                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/reminders/{reminder}/pdf
            POST  /back/billing/invoices/{id}/dispute                            LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{overdueinvoice}/dispute   reason=Matrice
            POST  /back/billing/invoices/{id}/dispute/lift                       LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{disputedinvoice}/dispute/lift
            POST  /back/billing/invoices/{id}/plan                               LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{overdueinvoice}/plan   dueOn={inamonth}&amount=96,00
            POST  /back/billing/invoices/{id}/late-charges                       LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{overdueinvoice}/late-charges
            POST  /back/billing/invoices/{id}/plan/end                           LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{plannedinvoice}/plan/end
            POST  /back/billing/invoices/{id}/reminder-replies/{reply}/reviewed  LOGIN 403   403   403   403   403   403   OK    403   OK
                  /back/billing/invoices/{replyinvoice}/reminder-replies/{reply}/reviewed
            GET   /portal/invoices/reminders/{id}                                LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/invoices/reminders/{reminder}
            GET   /portal/invoices/reminders/{id}/pdf                            LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/invoices/reminders/{reminder}/pdf
            POST  /portal/invoices/reminders/{id}/question                       LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/invoices/reminders/{reminder}/question   text=Matrice: une question
            POST  /portal/invoices/reminders/{id}/already-paid                   LOGIN OK    404   403   403   403   403   403   403   403
                  /portal/invoices/reminders/{reminder}/already-paid   @image:proof

            # Reminders in the API: billing and administrators
            GET   /api/v1/invoices/{id}/reminders                                401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{overdueinvoice}/reminders
            PUT   /api/v1/invoices/{id}/dispute                                  401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{overdueinvoice}/dispute   {"reason":"Matrice"}
            DELETE /api/v1/invoices/{id}/dispute                                 401   403   403   403   403   403   403   OK    403   OK    403
                  /api/v1/invoices/{disputedinvoice}/dispute
            """);
}
