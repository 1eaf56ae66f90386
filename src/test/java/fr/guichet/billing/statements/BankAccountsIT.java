package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.Iban;
import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Billing keeps the company's bank accounts: the IBAN checked by its key, the CSV layout checked and kept. */
class BankAccountsIT extends IntegrationTest {

    @Autowired
    BankAccounts accounts;

    @Test
    void aWrongIbanIsRefusedNextToItsFieldAndAGoodAccountIsKeptWithItsCsvLayout() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        String name = unique("Compte courant");
        String iban = TestIbans.french();
        String broken = iban.substring(0, 26) + (iban.charAt(26) == '1' ? '2' : '1');

        MockHttpServletResponse refused = send(
                post("/back/billing/bank-accounts")
                        .param("name", name)
                        .param("iban", broken)
                        .param("version", "0"),
                clerk);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"iban-error\"")
                .contains("vérifiez sa clé")
                .contains("value=\"" + broken + "\"");
        assertThat(accounts.all()).noneMatch(a -> a.name().equals(name));

        MockHttpServletResponse bothAmounts = send(
                post("/back/billing/bank-accounts")
                        .param("name", name)
                        .param("iban", iban)
                        .param("csvDateColumn", "1")
                        .param("csvLabelColumn", "2")
                        .param("csvAmountColumn", "3")
                        .param("csvDebitColumn", "4")
                        .param("csvCreditColumn", "5")
                        .param("csvDateFormat", "DAY_MONTH_YEAR")
                        .param("csvSeparator", "SEMICOLON")
                        .param("csvCharset", "WINDOWS_1252")
                        .param("csvSkipLines", "1")
                        .param("version", "0"),
                clerk);
        assertThat(bothAmounts.getContentAsString())
                .contains("id=\"csvAmountColumn-error\"")
                .contains("pas les deux");

        MockHttpServletResponse added = send(
                post("/back/billing/bank-accounts")
                        .param("name", name)
                        .param("iban", Iban.of(iban).formatted())
                        .param("bic", "bnpa fr pp xxx")
                        .param("csvDateColumn", "1")
                        .param("csvLabelColumn", "2")
                        .param("csvDebitColumn", "4")
                        .param("csvCreditColumn", "5")
                        .param("csvDecimalComma", "true")
                        .param("csvDateFormat", "DAY_MONTH_SHORT_YEAR")
                        .param("csvSeparator", "SEMICOLON")
                        .param("csvCharset", "WINDOWS_1252")
                        .param("csvSkipLines", "2")
                        .param("version", "0"),
                clerk);
        assertThat(added.getStatus()).isEqualTo(302);
        BankAccount kept = accounts.all().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(kept.iban().value()).isEqualTo(iban);
        assertThat(kept.bic()).isEqualTo("BNPAFRPPXXX");
        assertThat(kept.csvLayout()).isNotNull();
        assertThat(kept.csvLayout().debitColumn()).isEqualTo(4);
        assertThat(kept.csvLayout().amountColumn()).isNull();
        assertThat(kept.csvLayout().encoding()).isEqualTo(CsvLayout.Encoding.WINDOWS_1252);
        assertThat(kept.csvLayout().dateFormat()).isEqualTo(CsvLayout.DateFormat.DAY_MONTH_SHORT_YEAR);
        assertThat(kept.csvLayout().skipLines()).isEqualTo(2);

        MockHttpServletResponse again = send(
                post("/back/billing/bank-accounts")
                        .param("name", unique("Autre"))
                        .param("iban", iban)
                        .param("version", "0"),
                clerk);
        assertThat(again.getContentAsString()).contains("déjà cet IBAN");

        MockHttpServletResponse page = send(get("/back/billing/bank-accounts/" + kept.id()), clerk);
        assertThat(page.getContentAsString())
                .contains(Iban.of(iban).formatted())
                .contains("value=\"4\"");

        MockHttpServletResponse stale = send(
                post("/back/billing/bank-accounts/" + kept.id())
                        .param("name", name + " bis")
                        .param("iban", iban)
                        .param("version", String.valueOf(kept.version() + 1)),
                clerk);
        assertThat(stale.getContentAsString()).contains("Quelqu’un d’autre a modifié");

        MockHttpServletResponse changed = send(
                post("/back/billing/bank-accounts/" + kept.id())
                        .param("name", name + " bis")
                        .param("iban", iban)
                        .param("version", String.valueOf(kept.version())),
                clerk);
        assertThat(changed.getStatus()).isEqualTo(302);
        assertThat(accounts.get(kept.id()).name()).isEqualTo(name + " bis");
        assertThat(accounts.get(kept.id()).csvLayout())
                .as("no column typed: no layout")
                .isNull();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, AccountPrincipal who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }
}
