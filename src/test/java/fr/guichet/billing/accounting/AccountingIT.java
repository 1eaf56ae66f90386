package fr.guichet.billing.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.company.CompanyManagement;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import fr.guichet.shared.Money;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accountant's hand-over on billing's demo year (played in a transaction rolled back, a year long past): every
 * entry and every journal balanced, the entries adding up to what the invoices and payments say, the FEC read back by
 * a parser of the published format; the aged receivables computed by the database as a plain reading of each open
 * invoice would; the chart of accounts changed from its page, with history; the pages and the CSV.
 */
class AccountingIT extends IntegrationTest {

    private static final DemoLife LIFE = DemoLife.yearEnding(11, Instant.parse("2001-06-29T16:00:00Z"));

    /** Billing's part of the demo year (the customers and the catalogue are already there). */
    @Autowired
    List<DemoActivity> activities;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JournalEntries journal;

    @Autowired
    FecExport fec;

    @Autowired
    AgedReceivables receivables;

    @Autowired
    ChartOfAccountsManagement chart;

    @Autowired
    CompanyManagement company;

    @Test
    void theDemoYearsEntriesAreBalancedAddUpAndMakeAFecThatFollowsTheSpecification() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            activities.stream()
                    .filter(a -> a.name().equals("billing"))
                    .findFirst()
                    .orElseThrow()
                    .play(LIFE);
            for (int year : List.of(2000, 2001)) {
                checkEntries(new FiscalYear(year));
            }
            FecExport.Fec file = fec.of(new FiscalYear(2001), FecSeparator.TAB);
            assertThat(file.fileName()).isEqualTo(company.current().siren() + "FEC20011231.txt");
            FecParser.Parsed parsed = FecParser.parse(file.content(), FecFile.CHARSET);
            assertThat(parsed.separator()).isEqualTo('\t');
            assertThat(parsed.entries()).hasSize(file.entries()).hasSizeGreaterThan(100);
            checkNumbering(parsed);
            assertThat(parsed.lines())
                    .allSatisfy(l -> assertThat(l.ecritureDate().getYear()).isEqualTo(2001));
            assertThat(parsed.lines())
                    .extracting(FecParser.Line::compAuxNum)
                    .filteredOn(a -> !a.isEmpty())
                    .allSatisfy(a -> assertThat(a).matches("411[0-9]{6}"));
            assertThat(parsed.lines()).extracting(FecParser.Line::ecritureLib).anyMatch(l -> l.startsWith("Avoir "));

            FecParser.Parsed piped = FecParser.parse(
                    fec.of(new FiscalYear(2001), FecSeparator.PIPE).content(), FecFile.CHARSET);
            assertThat(piped.separator()).isEqualTo('|');
            assertThat(piped.lines()).hasSameSizeAs(parsed.lines());

            checkAgeing(LocalDate.of(2001, 6, 29));
            checkAgeing(LocalDate.of(2001, 3, 15));
        });
    }

    private void checkEntries(FiscalYear year) {
        List<NumberedEntry> entries = journal.of(year);
        assertThat(entries).hasSizeGreaterThan(50);
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.entry().isBalanced())
                        .as("entry %s %s", e.number(), e.entry().pieceRef())
                        .isTrue());
        assertThat(JournalEntries.totals(entries))
                .allSatisfy(t ->
                        assertThat(t.isBalanced()).as("journal %s", t.journal()).isTrue());
        String from = year.first().toString();
        String to = year.close().toString();
        // the VAT collected is what the invoices say less what the credit notes say
        BigDecimal vat = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN -total_vat ELSE total_vat"
                        + " END), 0) FROM billing_invoice WHERE status <> 'DRAFT' AND issue_date BETWEEN :f AND :t")
                .param("f", LocalDate.parse(from))
                .param("t", LocalDate.parse(to))
                .query(BigDecimal.class)
                .single();
        assertThat(net(entries, a -> a.startsWith("4457"))).isEqualByComparingTo(vat);
        // the customers owe what the documents ask, less what they paid
        BigDecimal asked = jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'CREDIT_NOTE' THEN -total_gross ELSE"
                        + " amount_due END), 0) FROM billing_invoice WHERE status <> 'DRAFT'"
                        + " AND issue_date BETWEEN :f AND :t")
                .param("f", LocalDate.parse(from))
                .param("t", LocalDate.parse(to))
                .query(BigDecimal.class)
                .single();
        BigDecimal received = jdbc.sql(
                        "SELECT COALESCE(SUM(amount), 0) FROM billing_payment" + " WHERE received_on BETWEEN :f AND :t")
                .param("f", LocalDate.parse(from))
                .param("t", LocalDate.parse(to))
                .query(BigDecimal.class)
                .single();
        assertThat(received).isPositive();
        assertThat(net(entries, a -> a.equals("512"))).isEqualByComparingTo(received.negate());
        assertThat(net(entries, a -> a.equals("411"))).isEqualByComparingTo(received.subtract(asked));
        assertThat(net(entries, a -> a.startsWith("70") || a.startsWith("4457") || a.equals("4191")))
                .as("sales and VAT: what the customers were asked")
                .isEqualByComparingTo(asked);
    }

    /** Credit less debit over the lines of the accounts chosen. */
    private static BigDecimal net(List<NumberedEntry> entries, java.util.function.Predicate<String> accounts) {
        return entries.stream()
                .flatMap(e -> e.entry().lines().stream())
                .filter(l -> accounts.test(l.account()))
                .map(l -> l.credit().minus(l.debit()).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void checkNumbering(FecParser.Parsed parsed) {
        Map<String, Integer> last = new HashMap<>();
        LocalDate validated = LocalDate.MIN;
        for (FecParser.Entry entry : parsed.entries().values()) {
            int n = Integer.parseInt(entry.number().substring(2));
            assertThat(entry.number()).startsWith(entry.journal());
            assertThat(n).as("continuous in %s", entry.journal()).isEqualTo(last.getOrDefault(entry.journal(), 0) + 1);
            last.put(entry.journal(), n);
            LocalDate valid = entry.lines().get(0).validDate();
            assertThat(valid).as("in validation order").isAfterOrEqualTo(validated);
            validated = valid;
        }
        assertThat(last).containsOnlyKeys("VE", "BQ");
    }

    private void checkAgeing(LocalDate day) {
        ReceivablesAgeing ageing = receivables.on(day);
        record Open(long organisationId, LocalDate due, BigDecimal owed) {}
        List<Open> open = jdbc.sql("SELECT organisation_id, due_date, amount_due - paid - credited FROM billing_invoice"
                        + " WHERE kind <> 'CREDIT_NOTE' AND status <> 'DRAFT' AND issue_date <= :day")
                .param("day", day)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)))
                .list();
        BigDecimal[] buckets =
                new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Open o : open) {
            if (o.owed().signum() <= 0) {
                continue;
            }
            long late = java.time.temporal.ChronoUnit.DAYS.between(o.due(), day);
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            buckets[bucket] = buckets[bucket].add(o.owed());
        }
        List<BigDecimal> computed =
                ageing.total().buckets().stream().map(Money::amount).toList();
        for (int i = 0; i < 5; i++) {
            assertThat(computed.get(i)).as("bucket %d on %s", i, day).isEqualByComparingTo(buckets[i]);
        }
        assertThat(ageing.total().overdue().amount())
                .as("some overdue on %s", day)
                .isPositive();
        assertThat(ageing.customers().stream()
                        .map(ReceivablesAgeing.Row::owed)
                        .reduce(Money.zero(Money.EUR), Money::plus))
                .isEqualTo(ageing.total().owed());
        assertThat(ageing.total().dso()).isPresent();
        long dso = ageing.total().dso().getAsLong();
        BigDecimal expected = ageing.total()
                .owed()
                .amount()
                .multiply(BigDecimal.valueOf(90))
                .divide(ageing.total().sales().amount(), 0, java.math.RoundingMode.HALF_UP);
        assertThat(dso).isEqualTo(expected.longValue()).isPositive();
    }

    @Test
    void billingChangesAnAccountFromItsPageWithHistoryAndABadNumberIsRefusedNextToItsField() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        LedgerAccount bank = chart.current().account(AccountRole.BANK);

        MockHttpServletResponse refused = mvc.perform(post("/back/billing/accounting/accounts")
                        .with(user(clerk))
                        .with(csrf())
                        .param("role", "BANK")
                        .param("number", "61X2")
                        .param("label", "Banque principale")
                        .param("numberSeen", bank.number())
                        .param("labelSeen", bank.label()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("id=\"number-error\"")
                .contains("commençant par 51")
                .contains("value=\"61X2\"")
                .contains("value=\"Banque principale\"");

        MockHttpServletResponse stale = mvc.perform(post("/back/billing/accounting/accounts")
                        .with(user(clerk))
                        .with(csrf())
                        .param("role", "BANK")
                        .param("number", "5121")
                        .param("label", "Banque principale")
                        .param("numberSeen", "519")
                        .param("labelSeen", bank.label()))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(chart.current().account(AccountRole.BANK).number()).isEqualTo(bank.number());

        try {
            MockHttpServletResponse saved = mvc.perform(post("/back/billing/accounting/accounts")
                            .with(user(clerk))
                            .with(csrf())
                            .param("role", "BANK")
                            .param("number", "5121")
                            .param("label", "Banque principale")
                            .param("numberSeen", bank.number())
                            .param("labelSeen", bank.label()))
                    .andReturn()
                    .getResponse();
            assertThat(saved.getStatus()).isEqualTo(302);
            assertThat(chart.current().account(AccountRole.BANK).number()).isEqualTo("5121");
            assertThat(chart.history(5).get(0))
                    .extracting(AccountChange::role, AccountChange::numberBefore, AccountChange::numberAfter)
                    .containsExactly(AccountRole.BANK, bank.number(), "5121");
            String page = mvc.perform(get("/back/billing/accounting/accounts").with(user(clerk)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("5121").contains("Banque principale");
            assertThatThrownBy(() -> chart.change(AccountRole.BANK, "512", "Banque", "512", bank.label(), "test"))
                    .as("what it replaces changed meanwhile")
                    .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        } finally {
            chart.change(AccountRole.BANK, bank.number(), bank.label(), "5121", "Banque principale", "test");
        }
    }

    @Test
    void thePagesShowTheJournalsTheReceivablesAndGiveTheFecAndTheCsv() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        int year = journal.currentYear();

        String accounting = mvc.perform(get("/back/billing/accounting").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(accounting).contains("Journaux").contains("VE — Ventes").contains("BQ — Banque");

        MockHttpServletResponse file = mvc.perform(get("/back/billing/accounting/fec")
                        .param("year", String.valueOf(year))
                        .with(user(clerk)))
                .andReturn()
                .getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader("Content-Disposition"))
                .contains(company.current().siren() + "FEC" + year + "1231.txt");
        assertThat(file.getContentType()).containsIgnoringCase("ISO-8859-15");
        FecParser.parse(file.getContentAsByteArray(), FecFile.CHARSET);

        MockHttpServletResponse badYear = mvc.perform(get("/back/billing/accounting/fec")
                        .param("year", "1999")
                        .with(user(clerk)))
                .andReturn()
                .getResponse();
        assertThat(badYear.getStatus()).isEqualTo(422);
        assertThat(badYear.getContentAsString(StandardCharsets.UTF_8)).contains("Un exercice entre 2000 et 2999");

        String aged = mvc.perform(get("/back/billing/receivables").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(aged)
                .contains("role=\"img\"")
                .contains("Non échu")
                .contains("Plus de 90 jours")
                .contains("DSO");

        String csv = mvc.perform(get("/back/billing/receivables/export.csv").with(user(clerk)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(csv.split("\r\n")));
        assertThat(lines.get(0)).contains("Client;Non échu;Retard de 1 à 30 jours");
        assertThat(lines.get(lines.size() - 1)).startsWith("Total;");

        AccountPrincipal customer = new AccountPrincipal(customerUser());
        assertThat(mvc.perform(get("/back/billing/receivables").with(user(customer)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
