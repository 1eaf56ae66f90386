package fr.guichet.contracts;

/** Where a contract stands. */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    CANCELLED,
    ENDED;

    /** The customer is served: active or suspended (suspended services resume). */
    public boolean isRunning() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
