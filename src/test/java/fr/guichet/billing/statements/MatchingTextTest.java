package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invoice numbers however written, and customers named in a statement line. */
class MatchingTextTest {

    @Test
    void invoiceNumbersAreFoundWithSpacesDashesOrInsideACreditorReference() {
        List<String> series = List.of("FAC", "FA");
        assertThat(InvoiceNumbersInText.find("Règlement FA-2026-000123 merci", series))
                .containsExactly("FA-2026-000123");
        assertThat(InvoiceNumbersInText.find("fa 2026 123 et FA2026/000124", series))
                .containsExactly("FA-2026-000123", "FA-2026-000124");
        assertThat(InvoiceNumbersInText.find("RF18FA2026000317", series)).containsExactly("FA-2026-000317");
        assertThat(InvoiceNumbersInText.find("FAC-2026-000009", series)).containsExactly("FAC-2026-000009");
        assertThat(InvoiceNumbersInText.find("SOFA 2026 12", series))
                .as("a word ending in FA")
                .isEmpty();
        assertThat(InvoiceNumbersInText.find("FA-2026-1234567", series))
                .as("seven digits")
                .isEmpty();
    }

    @Test
    void aCustomerIsNamedOnlyWhenOneNameFitsWholeWords() {
        Map<Long, String> customers = Map.of(1L, "Crèche Les Petits Loups", 2L, "Garage Müller", 3L, "Loup");
        assertThat(CustomerNames.named("VIR SEPA CRECHE LES PETITS LOUPS", customers))
                .contains(1L);
        assertThat(CustomerNames.named("VIREMENT GARAGE MULLER SARL", customers))
                .contains(2L);
        assertThat(CustomerNames.named("GARAGE MULLERS", customers)).isEmpty();
        assertThat(CustomerNames.named("GARAGE MULLER ET CRECHE LES PETITS LOUPS", customers))
                .isEmpty();
    }
}
