package fr.guichet.customers;

public enum CustomerStatus {
    PROSPECT,
    CUSTOMER,
    FORMER_CUSTOMER
}
