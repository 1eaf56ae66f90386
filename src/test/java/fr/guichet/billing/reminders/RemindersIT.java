package fr.guichet.billing.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.customers.Address;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.NewOrganisation;
import fr.guichet.customers.Organisation;
import fr.guichet.customers.OrganisationKind;
import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Category;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Reminder runs end to end: the overdue invoice gets its level's email (GreenMail) with the PDF letter, in the
 * customer's language, never twice; disputes, holds, "already paid" and payment plans put it aside; two runs at once
 * send nothing twice; the pages of rates and levels refuse bad input next to the field; the portal's answers become
 * billing requests linked to the invoice, seen on the desk's customer screen.
 */
class RemindersIT extends IntegrationTest {

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    ReminderRuns runs;

    @Autowired
    Reminders reminders;

    @Autowired
    InvoiceDisputes disputes;

    @Autowired
    AccountHolds holds;

    @Autowired
    PaymentPlans plans;

    @Autowired
    ReminderSending sending;

    @Autowired
    ReminderLetters letters;

    @Autowired
    ReminderLevelManagement levels;

    @Autowired
    ReferenceRateManagement rates;

    @Autowired
    RequestManagement requests;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    fr.guichet.billing.payments.PaymentManagement payments;

    @Autowired
    JdbcClient jdbc;

    /** A run now, once any run another test started by hand (in the background) has ended. */
    private ReminderRun run() throws InterruptedException {
        awaitNoRun();
        return runs.runNow("test");
    }

    private void awaitNoRun() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (runs.ongoing().isPresent() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private Organisation customer(OrganisationKind kind, String email) {
        return customers.register(new NewOrganisation(
                unique("Client relancé"),
                null,
                kind,
                CustomerStatus.CUSTOMER,
                null,
                "test",
                Address.french("8 quai Saint-Antoine", "69002", "Lyon"),
                null,
                email));
    }

    /** An invoice of 240 € (2 × 100 € + VAT), sent, due {@code daysLate} days ago. */
    private Invoice overdue(long organisationId, int daysLate) {
        Invoice draft = invoices.create(
                new InvoiceDraft(
                        organisationId,
                        InvoiceKind.INVOICE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new InvoiceDraft.Line(
                                null,
                                "Maintenance",
                                new BigDecimal("2"),
                                Unit.HOUR,
                                Money.euros("100.00"),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        Invoice validated = invoices.validateDraft(draft.getId(), draft.getVersion(), "test");
        Invoice sent = invoices.markSent(validated.getId(), validated.getVersion(), false, "test");
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", runs.today().minusDays(daysLate))
                .param("id", sent.getId())
                .update();
        return invoices.get(sent.getId());
    }

    @Test
    void anOverdueInvoiceGetsItsLevelByEmailWithTheLetterOnceAndTheNextLevelInTime() throws Exception {
        String address = unique("compta") + "@example.fr";
        Organisation company = customer(OrganisationKind.COMPANY, address);
        Invoice invoice = overdue(company.getId(), 20);

        ReminderRun first = run();

        assertThat(first.status()).isEqualTo(ReminderRun.Status.DONE);
        assertThat(first.counted()).isEqualTo(first.total()).isPositive();
        assertThat(first.sent()).isPositive();
        List<Reminder> sent = reminders.ofInvoice(invoice.getId());
        assertThat(sent).hasSize(1);
        Reminder friendly = sent.get(0);
        assertThat(friendly.levelCode()).isEqualTo("FRIENDLY");
        assertThat(friendly.balance()).isEqualTo(Money.euros("240.00"));
        assertThat(friendly.indemnity()).isEqualTo(Money.euros("40.00"));
        // 20 days at the invoice's 12.15 % (above 3 × the legal rate): 240 × 12.15 % × 20 / 365 = 1.60
        assertThat(friendly.interest()).isEqualTo(Money.euros("1.60"));
        assertThat(friendly.recipient()).isEqualTo(address);
        assertThat(reminders.letter(friendly.id()).orElseThrow()).startsWith("%PDF".getBytes());

        List<MimeMessage> mails = TestMail.awaitFor(address, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(invoice.getNumber()).startsWith("Rappel");
        assertThat(TestMail.text(mails.get(0))).contains(invoice.getNumber()).contains("240,00");
        List<Part> files = attachments(mails.get(0));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName()).isEqualTo("Rappel-" + invoice.getNumber() + ".pdf");

        // the same day again: the friendly reminder is not sent twice, the formal one waits 8 days after it
        run();
        assertThat(reminders.ofInvoice(invoice.getId())).hasSize(1);
        assertThat(TestMail.awaitFor(address, 2)).hasSize(1);

        // eight days later (as the run sees it): the formal reminder, with the indemnity still 40 € (once per invoice)
        jdbc.sql("UPDATE billing_reminder SET as_of = :day WHERE id = :id")
                .param("day", runs.today().minusDays(8))
                .param("id", friendly.id())
                .update();
        run();
        List<Reminder> both = reminders.ofInvoice(invoice.getId());
        assertThat(both).extracting(Reminder::levelCode).containsExactly("FRIENDLY", "FORMAL");
        assertThat(both.get(1).indemnity()).isEqualTo(Money.euros("40.00"));
        assertThat(TestMail.awaitFor(address, 2)).hasSize(2);
    }

    @Test
    void aPartPaidTenDaysAgoStopsItsInterestFromThatDay() throws Exception {
        Organisation company = customer(OrganisationKind.COMPANY, null);
        Invoice invoice = overdue(company.getId(), 20);
        payments.receive(
                fr.guichet.billing.payments.NewPayment.of(
                        company.getId(),
                        runs.today().minusDays(10),
                        Money.euros("120.00"),
                        fr.guichet.billing.payments.PaymentMethod.TRANSFER),
                List.of(new fr.guichet.billing.payments.NewAllocation(invoice.getId(), Money.euros("120.00"))),
                "test");

        run();

        Reminder reminder = reminders.ofInvoice(invoice.getId()).get(0);
        assertThat(reminder.balance()).isEqualTo(Money.euros("120.00"));
        // 240 € for 9 days, 120 € for 11 days, at 12.15 %: (2160 + 1320) × 12.15 % / 365 = 1.158
        assertThat(reminder.interest()).isEqualTo(Money.euros("1.16"));
    }

    @Test
    void anEnglishSpeakingIndividualIsRemindedInEnglishWithoutIndemnity() throws Exception {
        String address = unique("particulier") + "@example.fr";
        Organisation person = customer(OrganisationKind.INDIVIDUAL, address);
        customers.saveContact(
                person.getId(),
                null,
                0,
                new fr.guichet.customers.ContactDetails(
                        "Jane",
                        "Doe",
                        null,
                        address,
                        null,
                        null,
                        fr.guichet.shared.Language.EN,
                        fr.guichet.customers.ContactChannel.EMAIL));
        Invoice invoice = overdue(person.getId(), 10);

        run();

        Reminder reminder = reminders.ofInvoice(invoice.getId()).get(0);
        assertThat(reminder.indemnity()).isEqualTo(Money.euros("0.00"));
        assertThat(reminder.interest().amount()).isPositive();
        MimeMessage mail = TestMail.awaitFor(address, 1).get(0);
        assertThat(mail.getSubject()).startsWith("Reminder: invoice " + invoice.getNumber());
        assertThat(attachments(mail).get(0).getFileName()).isEqualTo("Reminder-" + invoice.getNumber() + ".pdf");
    }

    @Test
    void disputesHoldsAndPlansPutAnInvoiceAsideUntilLifted() throws Exception {
        Organisation company = customer(OrganisationKind.COMPANY, null);
        Invoice disputed = overdue(company.getId(), 10);
        disputes.dispute(disputed.getId(), "Prestation contestée", "test");
        Organisation heldCustomer = customer(OrganisationKind.COMPANY, null);
        Invoice held = overdue(heldCustomer.getId(), 10);
        holds.hold(heldCustomer.getId(), "Négociation en cours", "test");
        Invoice planned = overdue(company.getId(), 40);
        LocalDate today = runs.today();
        plans.create(planned.getId(), PaymentPlanSplit.equal(planned.balance(), 2, today.plusDays(10)), "test");

        run();

        assertThat(reminders.ofInvoice(disputed.getId())).isEmpty();
        assertThat(reminders.ofInvoice(held.getId())).isEmpty();
        assertThat(reminders.ofInvoice(planned.getId())).isEmpty();
        assertThat(invoices.history(disputed.getId())).anyMatch(e -> e.change().equals("disputed"));

        disputes.lift(disputed.getId(), "test");
        holds.release(heldCustomer.getId());
        // the plan's first instalment is now 8 days late: the first level's delay is past
        jdbc.sql("UPDATE billing_payment_plan_instalment SET due_on = :day WHERE position = 1 AND plan_id ="
                        + " (SELECT id FROM billing_payment_plan WHERE active_invoice_id = :invoice)")
                .param("day", today.minusDays(8))
                .param("invoice", planned.getId())
                .update();
        run();

        assertThat(reminders.ofInvoice(disputed.getId()))
                .extracting(Reminder::levelCode)
                .containsExactly("FRIENDLY");
        assertThat(reminders.ofInvoice(held.getId())).hasSize(1);
        List<Reminder> instalment = reminders.ofInvoice(planned.getId());
        assertThat(instalment).hasSize(1);
        assertThat(instalment.get(0).instalment()).isEqualTo(1);
        assertThat(instalment.get(0).balance()).isEqualTo(Money.euros("120.00"));
        assertThat(instalment.get(0).recipient()).isNull(); // no address: a letter to post
    }

    @Test
    void aPlanIsMadeOnTheInvoicePageOnlyWhenItsInstalmentsMakeTheBalance() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        Invoice invoice = overdue(customer(OrganisationKind.COMPANY, null).getId(), 12);
        String inAMonth = runs.today().plusMonths(1).toString();

        org.springframework.test.web.servlet.MvcResult wrong = mvc.perform(
                        post("/back/billing/invoices/" + invoice.getId() + "/plan")
                                .with(user(clerk))
                                .with(csrf())
                                .param("dueOn", inAMonth)
                                .param("amount", "200,00"))
                .andReturn();
        assertThat((java.util.Map<String, Object>) wrong.getFlashMap())
                .containsEntry("reminderError", "reminders.plan.error.sum");
        assertThat(plans.of(invoice.getId())).isEmpty();

        org.springframework.test.web.servlet.MvcResult made = mvc.perform(
                        post("/back/billing/invoices/" + invoice.getId() + "/plan")
                                .with(user(clerk))
                                .with(csrf())
                                .param("dueOn", inAMonth)
                                .param("amount", "240,00"))
                .andReturn();
        assertThat((java.util.Map<String, Object>) made.getFlashMap())
                .as("flash %s", made.getFlashMap())
                .doesNotContainKey("reminderError");
        assertThat(plans.of(invoice.getId()).orElseThrow().total()).isEqualTo(Money.euros("240.00"));
        assertThat(mvc.perform(get("/back/billing/invoices/" + invoice.getId()).with(user(clerk)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"reminders\"")
                .contains(inAMonth.substring(8, 10) + "/" + inAMonth.substring(5, 7) + "/" + inAMonth.substring(0, 4));
    }

    @Test
    void billingInvoicesTheInterestAndIndemnityOnceWhenItDecides() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        Invoice late = overdue(customer(OrganisationKind.COMPANY, null).getId(), 20);

        org.springframework.test.web.servlet.MvcResult charged = mvc.perform(
                        post("/back/billing/invoices/" + late.getId() + "/late-charges")
                                .with(user(clerk))
                                .with(csrf()))
                .andReturn();

        String page = charged.getResponse().getRedirectedUrl();
        long draftId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(draftId).isNotEqualTo(late.getId());
        Invoice draft = invoices.get(draftId);
        assertThat(draft.getOrganisationId()).isEqualTo(late.getOrganisationId());
        assertThat(draft.getLines()).hasSize(2);
        assertThat(draft.getLines().get(0).description())
                .contains(late.getNumber())
                .contains("20 jours");
        // 1.60 € of interest (20 days at 12.15 % on 240 €) and the 40 € indemnity, outside the scope of VAT
        assertThat(draft.totalGross()).isEqualTo(Money.euros("41.60"));
        assertThat(draft.totalVat()).isEqualTo(Money.euros("0.00"));

        org.springframework.test.web.servlet.MvcResult again = mvc.perform(
                        post("/back/billing/invoices/" + late.getId() + "/late-charges")
                                .with(user(clerk))
                                .with(csrf()))
                .andReturn();
        assertThat((java.util.Map<String, Object>) again.getFlashMap())
                .containsEntry("reminderError", "reminders.charges.error.done");
        assertThat(mvc.perform(get("/back/billing/invoices/" + late.getId()).with(user(clerk)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/back/billing/invoices/" + draftId + "\"");
    }

    @Test
    void twoRunsAtOnceNeverSendOneReminderTwice() throws Exception {
        Organisation company = customer(OrganisationKind.COMPANY, null);
        Invoice invoice = overdue(company.getId(), 9);
        ReminderLevel friendly = levels.levels().get(0);
        ReminderSending.Order order = new ReminderSending.Order(invoice.getId(), friendly, 0, null);
        LateInterest interest = rates.lateInterest();

        assertThat(sending.send(order, interest, runs.today(), null, "test")).isPresent();
        assertThat(sending.send(order, interest, runs.today(), null, "test")).isEmpty();
        assertThat(reminders.ofInvoice(invoice.getId())).hasSize(1);

        // another instance holds the run's lock: this run sends nothing and says so
        awaitNoRun();
        SimpleLock held = lockProvider
                .lock(new LockConfiguration(Instant.now(), ReminderRuns.LOCK, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        try {
            Invoice other = overdue(company.getId(), 9);
            ReminderRun busy = runs.runNow("test");
            assertThat(busy.status()).isEqualTo(ReminderRun.Status.BUSY);
            assertThat(reminders.ofInvoice(other.getId())).isEmpty();
        } finally {
            held.unlock();
        }
    }

    @Test
    void twoLetterSendersAtOnceNeverMailOneReminderTwice() throws Exception {
        String address = unique("deux-envois") + "@exemple.fr";
        Organisation company = customer(OrganisationKind.COMPANY, address);
        ReminderLevel friendly = levels.levels().get(0);
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Invoice invoice = overdue(company.getId(), 9);
            // the row as a run writes it: figures made, letter and email not yet
            jdbc.sql("INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, as_of, sent_at,"
                            + " sent_by, balance, interest, indemnity, language, recipient) VALUES (:invoice, :level, 0,"
                            + " :org, :asOf, CURRENT_TIMESTAMP, 'test', 240.00, 0.52, 40.00, 'fr', :to)")
                    .param("invoice", invoice.getId())
                    .param("level", friendly.id())
                    .param("org", company.getId())
                    .param("asOf", runs.today())
                    .param("to", address)
                    .update();
            written.add(jdbc.sql("SELECT id FROM billing_reminder WHERE invoice_id = :invoice")
                    .param("invoice", invoice.getId())
                    .query(Long.class)
                    .single());
        }

        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> sender = () -> {
                go.await();
                return letters.sendPending();
            };
            java.util.concurrent.Future<Integer> first = two.submit(sender);
            java.util.concurrent.Future<Integer> second = two.submit(sender);
            go.countDown();
            first.get(120, java.util.concurrent.TimeUnit.SECONDS);
            second.get(120, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        // a third pass finds nothing left of them
        letters.sendPending();

        List<MimeMessage> mails = TestMail.awaitFor(address, written.size() + 1);
        assertThat(mails).hasSize(written.size());
        assertThat(mails.stream().map(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .doesNotHaveDuplicates();
        for (long id : written) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_reminder WHERE id = :id AND pdf IS NOT NULL"
                                    + " AND mail_id IS NOT NULL")
                            .param("id", id)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT mail_id) FROM billing_reminder WHERE organisation_id = :org")
                        .param("org", company.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(written.size());
    }

    @Test
    void theScheduledLetterSenderStandsAsideWhileARunIsGoing() throws Exception {
        Organisation company = customer(OrganisationKind.COMPANY, unique("a-cote") + "@exemple.fr");
        Invoice invoice = overdue(company.getId(), 9);
        jdbc.sql("INSERT INTO billing_reminder (invoice_id, level_id, instalment, organisation_id, as_of, sent_at,"
                        + " sent_by, balance, interest, indemnity, language) VALUES (:invoice, :level, 0, :org, :asOf,"
                        + " CURRENT_TIMESTAMP, 'test', 240.00, 0.52, 40.00, 'fr')")
                .param("invoice", invoice.getId())
                .param("level", levels.levels().get(0).id())
                .param("org", company.getId())
                .param("asOf", runs.today())
                .update();
        awaitNoRun();
        // a run going on another instance
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO billing_reminder_run (status, as_of, started_at, started_by)"
                        + " VALUES ('RUNNING', :asOf, CURRENT_TIMESTAMP, 'test')")
                .param("asOf", runs.today())
                .update(key, "id");
        long other = key.getKey().longValue();
        String letterMade = "SELECT COUNT(*) FROM billing_reminder WHERE invoice_id = :invoice AND pdf IS NOT NULL";
        try {
            letters.sendOnSchedule();
            assertThat(jdbc.sql(letterMade)
                            .param("invoice", invoice.getId())
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            jdbc.sql("UPDATE billing_reminder_run SET status = 'DONE', finished_at = CURRENT_TIMESTAMP WHERE id = :id")
                    .param("id", other)
                    .update();
        }
        // once it is done, the next scheduled pass makes the letter
        letters.sendOnSchedule();
        assertThat(jdbc.sql(letterMade)
                        .param("invoice", invoice.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRunStartedByHandGoesOnInTheBackgroundAndItsPageShowsItsProgress() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        MockHttpServletResponse started = mvc.perform(
                        post("/back/billing/reminders/runs").with(user(clerk)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(started.getStatus()).isEqualTo(302);
        String page = started.getRedirectedUrl();
        assertThat(page).startsWith("/back/billing/reminders/runs/");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        Instant deadline = Instant.now().plusSeconds(60);
        while (runs.get(id).status().isOngoing() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(runs.get(id).status()).isIn(ReminderRun.Status.DONE, ReminderRun.Status.BUSY);
        String fragment = mvc.perform(get(page).with(user(clerk)).header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("id=\"run-progress\"")
                .doesNotContain("<html")
                .doesNotContain("hx-trigger");
        assertThat(mvc.perform(get("/back/billing/reminders").with(user(clerk)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(page);
    }

    @Test
    void ratesAndLevelsAreEditedWithHistoryAndBadInputIsSaidNextToItsField() throws Exception {
        AccountPrincipal clerk = new AccountPrincipal(staff(Role.BACK_OFFICE, Role.BILLING));
        // a half-year no earlier run on this database has added (a PostgreSQL test database is kept between runs)
        java.util.Set<HalfYear> known = new java.util.HashSet<>();
        rates.all().forEach(rate -> known.add(rate.halfYear()));
        HalfYear half = new HalfYear(
                2050 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50), 1);
        while (known.contains(half)) {
            half = half.year() == HalfYear.LAST_YEAR ? new HalfYear(2050, 1) : new HalfYear(half.year() + 1, 1);
        }
        String outOfTables = mvc.perform(post("/back/billing/reminders/rates")
                        .with(user(clerk))
                        .with(csrf())
                        .param("kind", "LEGAL")
                        .param("halfYear", "0001-S1")
                        .param("rate", "3"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outOfTables).contains("id=\"halfYear-error\"").contains("value=\"0001-S1\"");
        assertThatThrownBy(() -> rates.set(
                        ReferenceRateManagement.Kind.LEGAL, new HalfYear(1, 1), BigDecimal.ONE, null, null, "test"))
                .isInstanceOf(BillingRuleViolation.class);
        assertThat(mvc.perform(get("/back/billing/reminders/rates").with(user(clerk)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String refused = mvc.perform(post("/back/billing/reminders/rates")
                        .with(user(clerk))
                        .with(csrf())
                        .param("kind", "LEGAL")
                        .param("halfYear", half.toString())
                        .param("rate", "2,1234"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"rate-error\"").contains("value=\"2,1234\"");

        MockHttpServletResponse added = mvc.perform(post("/back/billing/reminders/rates")
                        .with(user(clerk))
                        .with(csrf())
                        .param("kind", "LEGAL")
                        .param("halfYear", half.toString())
                        .param("rate", "9,5")
                        .param("source", "Arrêté de test"))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(rates.rates().legalRate(half)).isEqualByComparingTo("9.5");
        // 3 × 9.5 % is the floor of that half-year whatever the invoice says
        assertThat(rates.lateInterest().yearlyRate(new BigDecimal("12.15"), half))
                .isEqualByComparingTo("28.5");
        rates.set(ReferenceRateManagement.Kind.LEGAL, half, new BigDecimal("0.5"), null, 0, "test");
        assertThat(rates.history(5))
                .extracting(ReferenceRateManagement.Change::by)
                .contains("test", clerk.getDisplayName());

        ReminderLevel formal = levels.levels().get(1);
        String badLevel = mvc.perform(post("/back/billing/reminders/levels/" + formal.id())
                        .with(user(clerk))
                        .with(csrf())
                        .param("version", String.valueOf(formal.version()))
                        .param("delayDays", "15")
                        .param("subjectFr", "Relance {montant}")
                        .param("bodyFr", formal.bodyFr())
                        .param("subjectEn", formal.subjectEn())
                        .param("bodyEn", formal.bodyEn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badLevel).contains("id=\"subjectFr-error\"").contains("{montant}");
        String outOfOrder = mvc.perform(post("/back/billing/reminders/levels/" + formal.id())
                        .with(user(clerk))
                        .with(csrf())
                        .param("version", String.valueOf(formal.version()))
                        .param("delayDays", "5")
                        .param("subjectFr", formal.subjectFr())
                        .param("bodyFr", formal.bodyFr())
                        .param("subjectEn", formal.subjectEn())
                        .param("bodyEn", formal.bodyEn()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outOfOrder).contains("id=\"delayDays-error\"").contains("value=\"5\"");
        assertThat(levels.level(formal.id()).version()).isEqualTo(formal.version());
    }

    @Test
    void fromAReminderOnThePortalTheCustomerAsksAQuestionOrSaysItIsPaid() throws Exception {
        UserAccount account = customerUser();
        AccountPrincipal customer = new AccountPrincipal(account);
        long organisation = account.getCustomerOrganisationId();
        Invoice invoice = overdue(organisation, 10);
        run();
        Reminder reminder = reminders.ofInvoice(invoice.getId()).get(0);

        String list = mvc.perform(get("/portal/invoices").with(user(customer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("/portal/invoices/reminders/" + reminder.id());
        AccountPrincipal stranger = new AccountPrincipal(customerUser());
        assertThat(mvc.perform(get("/portal/invoices/reminders/" + reminder.id())
                                .with(user(stranger)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        MockHttpServletResponse asked = mvc.perform(post("/portal/invoices/reminders/" + reminder.id() + "/question")
                        .with(user(customer))
                        .with(csrf())
                        .param("text", "Pourquoi 40 € de plus ?"))
                .andReturn()
                .getResponse();
        assertThat(asked.getStatus()).isEqualTo(302);
        String reference = asked.getRedirectedUrl().substring("/portal/requests/".length());
        Request request = requests.findByReference(reference).orElseThrow();
        assertThat(request.getCategory()).isEqualTo(Category.BILLING);
        assertThat(request.getOrganisationId()).isEqualTo(organisation);
        assertThat(request.getSubject()).contains(invoice.getNumber());
        assertThat(mvc.perform(get("/portal/requests/" + reference).with(user(customer)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"request-reminder\"")
                .contains(invoice.getNumber());
        AccountPrincipal desk = new AccountPrincipal(staff(Role.FRONT_OFFICE));
        assertThat(mvc.perform(get("/desk/customers/" + organisation).with(user(desk)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(reference)
                .contains(invoice.getNumber());

        String noProof = mvc.perform(multipart("/portal/invoices/reminders/" + reminder.id() + "/already-paid")
                        .with(user(customer))
                        .with(csrf())
                        .param("text", "Payé par virement le 3"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noProof).contains("id=\"paid-error\"").contains("Payé par virement le 3");
        MockHttpServletResponse paid = mvc.perform(
                        multipart("/portal/invoices/reminders/" + reminder.id() + "/already-paid")
                                .file(new MockMultipartFile(
                                        "proof", "avis-virement.pdf", "application/pdf", "%PDF-1.4 preuve".getBytes()))
                                .with(user(customer))
                                .with(csrf())
                                .param("text", "Payé par virement le 3"))
                .andReturn()
                .getResponse();
        assertThat(paid.getStatus()).isEqualTo(302);

        // put aside: the formal reminder, due by now, is not sent while billing has not looked at it
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", runs.today().minusDays(40))
                .param("id", invoice.getId())
                .update();
        jdbc.sql("UPDATE billing_reminder SET as_of = :day WHERE id = :id")
                .param("day", runs.today().minusDays(30))
                .param("id", reminder.id())
                .update();
        run();
        assertThat(reminders.ofInvoice(invoice.getId())).hasSize(1);
    }

    private static List<Part> attachments(Part part) throws Exception {
        List<Part> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                found.addAll(attachments(parts.getBodyPart(i)));
            }
        }
        return found;
    }
}
