package fr.guichet.counter;

/** The shape of a ticket's number: the reason's letter and the day's number on three digits ({@code A-042}). */
public final class TicketNumber {

    private TicketNumber() {}

    public static String of(String letter, int number) {
        return letter + "-" + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
    }
}
