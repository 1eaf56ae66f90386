package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyProfileTest {

    @Test
    void theNeutralProfileNamesTheProductAndNothingElse() {
        CompanyProfile neutral = CompanyProfile.NEUTRAL;
        assertThat(neutral.tradeName()).isEqualTo("Guichet");
        assertThat(neutral.officialName()).isEqualTo("Guichet");
        assertThat(neutral.signature()).isEqualTo("Guichet");
        assertThat(neutral.postalAddress()).isEmpty();
        assertThat(neutral.phoneLink()).isEmpty();
        assertThat(neutral.senderAddress()).isEmpty();
    }

    @Test
    void aStoredProfileGivesTheAddressTheSignatureAndTheSender() {
        CompanyProfile profile = new CompanyProfile(
                " Atelier Lumière ",
                "Atelier Lumière SARL",
                "01 23 45 67 89",
                "bonjour@atelier-lumiere.test",
                List.of("2 place du Marché", " ", "Bâtiment B"),
                "75001",
                "Paris",
                null,
                "");
        assertThat(profile.tradeName()).isEqualTo("Atelier Lumière");
        assertThat(profile.officialName()).isEqualTo("Atelier Lumière SARL");
        assertThat(profile.website()).isEmpty();
        assertThat(profile.postalAddress()).containsExactly("2 place du Marché", "Bâtiment B", "75001 Paris");
        assertThat(profile.phoneLink()).isEqualTo("tel:0123456789");
        assertThat(profile.signature()).isEqualTo("Atelier Lumière — 01 23 45 67 89 — bonjour@atelier-lumiere.test");
        assertThat(profile.senderAddress())
                .as("the contact address when no sender is set")
                .isEqualTo("bonjour@atelier-lumiere.test");
    }

    @Test
    void aProfileWithoutATradeNameIsRefused() {
        assertThatThrownBy(() -> new CompanyProfile(" ", "", "", "", List.of(), "", "", "", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
