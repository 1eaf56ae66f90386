package fr.guichet.counter;

import java.util.List;

/**
 * A visitor has waited longer than the threshold: the reception team's leads are to be told, once per ticket.
 * Published in the transaction that marks the ticket alerted (the notifications module posts the alerts).
 *
 * @param ticketLabel the ticket's number ({@code A-042})
 * @param thresholdMinutes the threshold it went past
 * @param leadIds the reception team's leads to alert
 */
public record VisitorWaitingTooLong(String ticketLabel, int thresholdMinutes, List<Long> leadIds) {}
