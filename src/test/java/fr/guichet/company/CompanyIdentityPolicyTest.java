package fr.guichet.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.guichet.shared.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompanyIdentityPolicyTest {

    private static CompanyProfile profile(
            String siren, String siret, String vat, String colour, String iban, String bic, String rcsCity) {
        return new CompanyProfile(
                "Atelier Lumière",
                "Atelier Lumière SAS",
                "01 23 45 67 89",
                "Bonjour@Atelier-Lumiere.test",
                List.of("2 place du Marché"),
                "75001",
                "Paris",
                "https://www.atelier-lumiere.test",
                "",
                "SAS",
                new BigDecimal("10000"),
                siren,
                siret,
                rcsCity,
                vat,
                colour,
                Language.EN,
                "Lundi–vendredi : 9 h – 18 h",
                iban,
                bic);
    }

    private static Map<String, String> broken(CompanyProfile p) {
        CompanyProfileRefused refused =
                catchThrowableOfType(CompanyProfileRefused.class, () -> CompanyIdentityPolicy.check(p));
        assertThat(refused).as("refused").isNotNull();
        return refused.violations().stream()
                .collect(Collectors.toMap(CompanyRuleViolation::field, CompanyRuleViolation::messageKey, (a, b) -> a));
    }

    @Test
    void aValidIdentityIsNormalised() {
        CompanyProfile checked = CompanyIdentityPolicy.check(profile(
                "842 153 678",
                "842 153 678 00011",
                "fr 16 842153678",
                "#1F5FA8",
                "fr76 3000 6000 0112 3456 7890 189",
                "agrifrpp869",
                "Paris"));
        assertThat(checked.siren()).isEqualTo("842153678");
        assertThat(checked.siret()).isEqualTo("84215367800011");
        assertThat(checked.vatNumber()).isEqualTo("FR16842153678");
        assertThat(checked.brandColour()).isEqualTo("#1f5fa8");
        assertThat(checked.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(checked.bic()).isEqualTo("AGRIFRPP869");
        assertThat(checked.email()).isEqualTo("bonjour@atelier-lumiere.test");
        assertThat(checked.shareCapital()).isEqualByComparingTo("10000");
        assertThat(checked.defaultLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void aVatNumberOfAnotherSirenIsRefusedNamingTheRightOne() {
        CompanyProfileRefused refused = catchThrowableOfType(
                CompanyProfileRefused.class,
                () -> CompanyIdentityPolicy.check(profile("842153678", "", "FR40303265045", "", "", "", "")));
        assertThat(refused.violations()).hasSize(1);
        CompanyRuleViolation violation = refused.violations().get(0);
        assertThat(violation.field()).isEqualTo("vatNumber");
        assertThat(violation.messageKey()).isEqualTo("company.error.vat-other-company");
        assertThat(violation.messageArguments()).containsExactly("FR16842153678");
    }

    @Test
    void everyBrokenRuleIsToldAtOnceNextToItsField() {
        Map<String, String> broken = broken(profile(
                "842153679",
                "12345678901234",
                "FR99842153678",
                "#ffcc00",
                "FR77 3000 6000 0112 3456 7890 189",
                "BNP",
                ""));
        assertThat(broken)
                .containsEntry("siren", "company.error.siren")
                .containsEntry("siret", "company.error.siret")
                .containsEntry("vatNumber", "company.error.vat")
                .containsEntry("brandColour", "company.error.colour-contrast")
                .containsEntry("iban", "company.error.iban")
                .containsEntry("bic", "company.error.bic");
    }

    @Test
    void aSiretOfAnotherCompanyAndABicWithoutAccountAreRefused() {
        assertThat(broken(profile("842153678", "73282932000074", "", "", "", "AGRIFRPP869", "Lyon")))
                .containsEntry("siret", "company.error.siret-other-company")
                .containsEntry("iban", "company.error.bic-without-iban");
        assertThat(broken(profile("", "", "", "", "", "", "Lyon")))
                .containsEntry("siren", "company.error.rcs-without-siren");
    }

    @Test
    void aColourTooLightForWhiteTextIsRefusedWithADarkerShadeThatPasses() {
        assertThat(BrandColour.parse("1F5FA8")).contains("#1f5fa8");
        assertThat(BrandColour.parse("#12345")).isEmpty();
        assertThat(BrandColour.parse("blue")).isEmpty();
        assertThat(BrandColour.readableWithWhite("#1f5fa8")).isTrue();
        assertThat(BrandColour.readableWithWhite("#000000")).isTrue();
        assertThat(BrandColour.contrastWithWhite("#ffffff")).isEqualTo(1.0);
        assertThat(BrandColour.readableWithWhite("#ffcc00")).isFalse();
        assertThat(BrandColour.readableWithWhite("#767676"))
                .as("the lightest AA grey")
                .isTrue();
        assertThat(BrandColour.readableWithWhite("#777777")).isFalse();

        CompanyProfileRefused refused = catchThrowableOfType(
                CompanyProfileRefused.class,
                () -> CompanyIdentityPolicy.check(profile("", "", "", "#ffcc00", "", "", "")));
        Object[] arguments = refused.violations().get(0).messageArguments();
        assertThat(arguments[0]).as("the contrast, rounded down").isEqualTo(1.5);
        String proposed = (String) arguments[1];
        assertThat(BrandColour.readableWithWhite(proposed)).isTrue();
        assertThat(CompanyIdentityPolicy.check(profile("", "", "", proposed, "", "", ""))
                        .brandColour())
                .isEqualTo(proposed);
        assertThat(broken(profile("", "", "", "rouge", "", "", "")))
                .containsEntry("brandColour", "company.error.colour");
    }

    @Test
    void aShareCapitalIsReadAsPeopleTypeIt() {
        assertThat(CompanyIdentityPolicy.parseCapital("50 000")).isEqualByComparingTo("50000");
        assertThat(CompanyIdentityPolicy.parseCapital("7 500,50 €")).isEqualByComparingTo("7500.50");
        assertThat(CompanyIdentityPolicy.parseCapital("")).isNull();
        assertThat(CompanyIdentityPolicy.parseCapital("beaucoup")).isNull();
        assertThat(CompanyIdentityPolicy.parseCapital("1,234"))
                .as("three decimals")
                .isNull();
    }
}
