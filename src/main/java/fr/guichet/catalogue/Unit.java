package fr.guichet.catalogue;

/** What one unit of an item is: the quantity on a contract or quote line counts these. */
public enum Unit {
    HOUR,
    DAY,
    MONTH,
    USER,
    DEVICE,
    PACKAGE,
    PIECE
}
