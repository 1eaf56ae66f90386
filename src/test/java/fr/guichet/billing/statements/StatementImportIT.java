package fr.guichet.billing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiTokenManagement;
import fr.guichet.identity.Role;
import fr.guichet.shared.Money;
import fr.guichet.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Importing statements: each format through the page and the API, the same file twice creating nothing twice, and
 * each refused file leaving nothing behind with a message instead of a trace.
 */
class StatementImportIT extends IntegrationTest {

    @Autowired
    BankAccounts accounts;

    @Autowired
    StatementImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokenManagement tokens;

    AccountPrincipal clerk;
    BankAccount account;

    @BeforeEach
    void anAccount() {
        clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        account = accounts.add(
                BankAccountDetails.of(unique("Compte"), TestIbans.french(), null, "EUR", CsvStatementReaderTest.LAYOUT),
                "test");
    }

    @Test
    void aCamtStatementImportedTwiceCreatesItsEntriesOnce() throws Exception {
        byte[] file =
                StatementFiles.forAccount("camt053-001-02.xml", account.iban().value());

        MockHttpServletResponse first = upload("releve-mars.xml", file, "");
        assertThat(first.getStatus()).isEqualTo(302);
        long importId = Long.parseLong(first.getRedirectedUrl().replaceAll(".*/", ""));
        StatementImport kept = imports.get(importId);
        assertThat(kept.format()).isEqualTo(StatementFormat.CAMT053);
        assertThat(kept.newCount()).isEqualTo(5);
        assertThat(kept.knownCount()).isZero();
        assertThat(kept.openingBalance()).isEqualTo(Money.euros("12450.30"));
        assertThat(kept.fileName()).isEqualTo("releve-mars.xml");
        assertThat(imports.file(importId))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(file));
        List<StatementEntry> entries = imports.entriesOf(importId);
        assertThat(entries)
                .extracting(StatementEntry::amount)
                .containsExactly(
                        Money.euros("1440.00"),
                        Money.euros("960.00"),
                        Money.euros("1200.00"),
                        Money.euros("-12.60"),
                        Money.euros("-75.00"));
        assertThat(entries.get(0).counterpartyName()).isEqualTo("BOULANGERIE DUPRÉ ET FILS");

        MockHttpServletResponse again = upload("releve-mars-bis.xml", file, "CAMT053");
        long secondId = Long.parseLong(again.getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(imports.get(secondId).newCount()).isZero();
        assertThat(imports.get(secondId).knownCount()).isEqualTo(5);
        assertThat(entriesOfAccount()).isEqualTo(5);

        MockHttpServletResponse page = mvc.perform(
                        get("/back/billing/statements/" + importId).with(user(clerk)))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString(StandardCharsets.UTF_8))
                .contains("BOULANGERIE DUPRÉ ET FILS")
                .contains("Règlement facture FA-2026-000123 merci")
                .contains("440,00");
        MockHttpServletResponse list = mvc.perform(
                        get("/back/billing/statements").with(user(clerk)))
                .andReturn()
                .getResponse();
        assertThat(list.getContentAsString(StandardCharsets.UTF_8)).contains("releve-mars-bis.xml");
    }

    @Test
    void cfonbAndWindows1252CsvAreImportedAndIdenticalCsvLinesAreTwoEntriesOnce() throws Exception {
        MockHttpServletResponse cfonb = upload(
                "releve.cfo",
                StatementFiles.forAccount("cfonb120.txt", account.iban().value()),
                "");
        long cfonbId = Long.parseLong(cfonb.getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(imports.get(cfonbId).format()).isEqualTo(StatementFormat.CFONB120);
        assertThat(imports.get(cfonbId).newCount()).isEqualTo(4);
        assertThat(imports.get(cfonbId).closingBalance()).isEqualTo(Money.euros("8703.14"));

        byte[] csv = StatementFiles.bytes("releve-windows-1252.csv");
        long csvId =
                Long.parseLong(upload("export.csv", csv, "").getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(imports.get(csvId).format()).isEqualTo(StatementFormat.CSV);
        assertThat(imports.get(csvId).newCount())
                .as("the two identical fee lines are two entries")
                .isEqualTo(5);
        assertThat(imports.entriesOf(csvId).get(1).label()).isEqualTo("PRLV SEPA ÉLECTRICITÉ");

        long againId = Long.parseLong(
                upload("export.csv", csv, "CSV").getRedirectedUrl().replaceAll(".*/", ""));
        assertThat(imports.get(againId).newCount()).isZero();
        assertThat(imports.get(againId).knownCount()).isEqualTo(5);
        assertThat(entriesOfAccount()).isEqualTo(9);
    }

    @Test
    void refusedFilesLeaveNothingAndSayWhy() throws Exception {
        String otherIban = TestIbans.french();
        refused(StatementFiles.forAccount("camt053-001-08.xml", otherIban), "", "pas du compte choisi");
        String broken = new String(
                        StatementFiles.forAccount(
                                "camt053-001-08.xml", account.iban().value()),
                        StandardCharsets.UTF_8)
                .replace("</Ntry>", "</Entry>");
        refused(broken.getBytes(StandardCharsets.UTF_8), "", "Le fichier XML est endommagé (ligne");
        refused("%PDF-1.7 relevé".getBytes(StandardCharsets.UTF_8), "CFONB120", "CFONB 120");
        refused(
                StatementFiles.forAccount(
                        "cfonb120-three-decimals.txt", account.iban().value()),
                "",
                "plus de deux décimales");
        refused(
                "h\nh\n02/04/2026;VIR;R-1\n".getBytes(StandardCharsets.UTF_8),
                "CSV",
                "la disposition du compte en lit 6");
        assertThat(entriesOfAccount()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_statement_import WHERE bank_account_id = :a")
                        .param("a", account.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApiImportsForBillingTokensAndRefusesOthers() throws Exception {
        String billing = tokens.issue(integrationUser(Role.BILLING).getId(), "relevés", "test")
                .secret();
        String support = tokens.issue(integrationUser(Role.BACK_OFFICE).getId(), "relevés", "test")
                .secret();
        byte[] file =
                StatementFiles.forAccount("camt053-001-08.xml", account.iban().value());

        MockHttpServletResponse refused = api(support, file);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(entriesOfAccount()).isZero();

        MockHttpServletResponse created = api(billing, file);
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"created\":4").contains("\"known\":0");
        assertThat(api(billing, file).getContentAsString())
                .contains("\"created\":0")
                .contains("\"known\":4");

        byte[] otherAccount = StatementFiles.forAccount("camt053-001-08.xml", TestIbans.french());
        MockHttpServletResponse wrong = api(billing, otherAccount);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentType()).startsWith("application/problem+json");
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8))
                .contains("not the chosen account")
                .doesNotContain("Exception");
    }

    private MockHttpServletResponse api(String token, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/statements")
                        .file(new MockMultipartFile("file", "releve.xml", "application/xml", file))
                        .param("bankAccountId", String.valueOf(account.id()))
                        .header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
    }

    private void refused(byte[] file, String format, String message) throws Exception {
        MockHttpServletResponse response = upload("mauvais.txt", file, format);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"file-error\"")
                .contains(message)
                .doesNotContain("Exception");
    }

    private MockHttpServletResponse upload(String name, byte[] file, String format) throws Exception {
        return mvc.perform(multipart("/back/billing/statements")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", file))
                        .param("bankAccountId", String.valueOf(account.id()))
                        .param("format", format)
                        .with(user(clerk))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    private long entriesOfAccount() {
        return jdbc.sql("SELECT COUNT(*) FROM billing_statement_entry WHERE bank_account_id = :a")
                .param("a", account.id())
                .query(Long.class)
                .single();
    }
}
