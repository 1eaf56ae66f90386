package fr.guichet.requests;

public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
