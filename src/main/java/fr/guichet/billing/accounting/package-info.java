/**
 * The accountant's hand-over (issue 16, ADR 0041): the journal entries billing's documents and payments make on the
 * French chart of accounts (sales journal VE, bank journal BQ), read on the fly from the issued invoices and the
 * payments; the FEC file of a fiscal year; the aged receivables and the days sales outstanding.
 */
@NullMarked
package fr.guichet.billing.accounting;

import org.jspecify.annotations.NullMarked;
