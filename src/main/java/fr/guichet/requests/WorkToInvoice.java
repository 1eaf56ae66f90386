package fr.guichet.requests;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One customer's billable work not yet invoiced: how many entries, their total excluding VAT (each entry rounded to
 * the cent), the first and last days worked.
 */
public record WorkToInvoice(long organisationId, int entries, BigDecimal net, LocalDate oldest, LocalDate latest) {}
