package fr.guichet.zones.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.guichet.contracts.Contract;
import fr.guichet.contracts.ContractManagement;
import fr.guichet.contracts.ContractTerms;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A page in French and the same page in English: dates, quantities and amounts each in their language. */
class LocaleFormattingIT extends IntegrationTest {

    @Autowired
    ContractManagement contracts;

    @Test
    void theContractPageFollowsTheReadersLanguage() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        LocalDate start = contracts.today();
        Contract contract = contracts.draft(
                organisation, "Infogérance formatée", new ContractTerms(start, start.plusYears(1), false, 0, 0));
        contract = contracts.addLine(
                contract.getId(),
                contract.getVersion(),
                "HOTLINE-PRO",
                new BigDecimal("6.00"),
                new BigDecimal("12.50"));
        AccountPrincipal office = new AccountPrincipal(staff(Role.BACK_OFFICE));

        String french = page("/back/contracts/" + contract.getId() + "?lang=fr", office);
        assertThat(french)
                .contains(">6</td>")
                .contains(">12,5 %</td>")
                .contains(start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain("6.00")
                .doesNotContain("6,00<");

        String english = page("/back/contracts/" + contract.getId() + "?lang=en", office);
        assertThat(english)
                .contains(">6</td>")
                .contains(">12.5 %</td>")
                .contains(start.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)))
                .doesNotContain(start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .doesNotContain(start.format(DateTimeFormatter.ofPattern("M/d/yy")));
    }

    private String page(String path, AccountPrincipal who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
