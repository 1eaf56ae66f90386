package fr.guichet.counter;

/** Who took the ticket: the visitor at the kiosk, or reception for them. */
public enum TicketSource {
    KIOSK,
    RECEPTION,
    DEMO
}
