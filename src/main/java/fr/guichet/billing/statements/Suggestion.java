package fr.guichet.billing.statements;

import java.util.List;

/** An open invoice a waiting entry may pay, with its score and the reasons (message keys) that make it likely. */
public record Suggestion(OpenInvoice invoice, String customerName, int score, List<String> reasons) {}
