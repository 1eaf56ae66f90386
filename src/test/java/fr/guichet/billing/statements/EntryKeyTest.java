package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The idempotency key: the bank's reference, else a hash and the rank among identical lines. */
class EntryKeyTest {

    private static ParsedEntry entry(String reference, String amount, String label) {
        return new ParsedEntry(
                LocalDate.of(2026, 4, 3), null, Money.euros(amount), label, reference, null, "R-1", null, null);
    }

    @Test
    void theBanksReferenceWhenGivenElseAHashWithTheRank() {
        List<String> keys = EntryKey.of(List.of(
                entry("2026031500001234", "10.00", "VIR"),
                entry(null, "-12.50", "FRAIS"),
                entry(null, "-12.50", "FRAIS"),
                entry(null, "-12.51", "FRAIS")));
        assertThat(keys.get(0)).isEqualTo("R:2026031500001234");
        assertThat(keys.get(1)).startsWith("H:").endsWith(":0").hasSize(2 + 64 + 2);
        assertThat(keys.get(2)).isEqualTo(keys.get(1).replace(":0", ":1"));
        assertThat(keys.get(3)).isNotEqualTo(keys.get(1)).endsWith(":0");
        assertThat(EntryKey.of(List.of(entry(null, "-12.50", "FRAIS"))).get(0))
                .as("the same line in another file gets the same key")
                .isEqualTo(keys.get(1));
        assertThat(keys).allSatisfy(k -> assertThat(k.length()).isLessThanOrEqualTo(EntryKey.MAX));
    }
}
