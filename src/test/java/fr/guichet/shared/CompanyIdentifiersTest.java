package fr.guichet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyIdentifiersTest {

    @Test
    void aSiretIsTheSirenAndAnEstablishmentNumberCheckedByLuhn() {
        assertThat(Siret.isValid("732 829 320 00074")).isTrue();
        assertThat(Siret.of("73282932000074").siren()).isEqualTo(Siren.of("732829320"));
        assertThat(Siret.of("73282932000074").formatted()).isEqualTo("732 829 320 00074");
        assertThat(Siret.isValid("73282932000075")).as("wrong key").isFalse();
        assertThat(Siret.isValid("7328293200007")).as("13 digits").isFalse();
        assertThat(Siret.isValid("7328293200007A")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void laPosteEstablishmentsFollowTheirOwnRule() {
        assertThat(Siret.isValid("35600000000048"))
                .as("La Poste's head office, Luhn-valid")
                .isTrue();
        assertThat(Siret.isValid("35600000049837"))
                .as("digits add up to a multiple of 5")
                .isTrue();
        assertThat(Siret.isValid("35600000049838")).isFalse();
    }

    @Test
    void aFrenchVatNumberCarriesTheKeyOfItsSiren() {
        Siren siren = Siren.of("404833048");
        assertThat(VatNumber.frenchKey("404833048")).isEqualTo(83);
        assertThat(VatNumber.frenchOf(siren).value()).isEqualTo("FR83404833048");
        assertThat(VatNumber.isValid("FR 83 404 833 048")).isTrue();
        assertThat(VatNumber.isValid("fr83404833048")).as("lower case typed").isTrue();
        assertThat(VatNumber.isValid("FR84404833048")).as("wrong key").isFalse();
        assertThat(VatNumber.isValid("FR83404833049"))
                .as("SIREN not Luhn-valid")
                .isFalse();
        assertThat(VatNumber.of("FR83404833048").siren()).contains(siren);
    }

    @Test
    void otherMemberStatesAreCheckedForShapeOnly() {
        assertThat(VatNumber.isValid("DE136695976")).isTrue();
        assertThat(VatNumber.isValid("BE0403170701")).isTrue();
        assertThat(VatNumber.isValid("D1")).isFalse();
        assertThat(VatNumber.isValid("136695976")).as("no country").isFalse();
    }
}
