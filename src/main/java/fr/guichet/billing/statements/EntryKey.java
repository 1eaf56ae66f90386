package fr.guichet.billing.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What makes a statement entry the same entry when a statement is imported again (ADR 0040), unique per bank account:
 * the bank's own reference when it gives one ({@code R:} and the reference); else {@code H:} and the SHA-256 of the
 * booking date, amount, label and reference, then the line's rank among identical lines of that file (two identical
 * fees the same day are two entries; the same file imported twice gives the same keys).
 */
final class EntryKey {

    static final int MAX = 100;

    private EntryKey() {}

    /** The keys of a statement's entries, in their order. */
    static List<String> of(List<ParsedEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(entries.size());
        for (ParsedEntry entry : entries) {
            String base = base(entry);
            int rank = seen.merge(base, 1, Integer::sum) - 1;
            String key = base.startsWith("R:") ? (rank == 0 ? base : base + "#" + rank) : base + ":" + rank;
            keys.add(key);
        }
        return keys;
    }

    private static String base(ParsedEntry entry) {
        String reference = entry.bankReference();
        if (reference != null && !reference.isBlank()) {
            String kept = "R:" + reference.strip();
            return kept.length() > MAX - 8 ? "H:" + sha256(kept) : kept;
        }
        return "H:"
                + sha256(entry.bookingDate() + "|" + entry.amount().amount().toPlainString() + "|" + entry.label() + "|"
                        + (entry.remittance() == null ? "" : entry.remittance()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
