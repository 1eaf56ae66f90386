package fr.guichet.billing.money;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The money of a customer where it shows: the balance due, the overdue amount and the last invoices on the desk's 360°
 * view; the portal home's panel and the customer's invoices list, newest first, a page at a time; never a draft, never
 * another customer's invoice (404).
 */
class MoneyShowsIT extends IntegrationTest {

    @Autowired
    fr.guichet.billing.payments.PaymentManagement payments;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    CustomerMoney money;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theBalanceCountsWhatIsLeftToPayLessCreditNotesAndTheOverdueSeparately() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        LocalDate today = money.today();

        Invoice late = issued(organisation, "100.00"); // 120.00 incl. VAT, due 10 days ago
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", today.minusDays(10))
                .param("id", late.getId())
                .update();
        Invoice credit = invoices.draftCreditNote(late.getId(), List.of(line("20.00")), "test");
        credit = invoices.validateDraft(credit.getId(), credit.getVersion(), "test"); // 24.00 credited on it
        Invoice partly = issued(organisation, "100.00");
        pay(partly, Money.euros("50.00")); // 70.00 left
        Invoice paid = issued(organisation, "10.00");
        pay(paid, Money.euros("12.00"));
        Invoice draft = invoices.create(draft(organisation, "999.00"), "test");

        CustomerMoney.Balance balance = money.balanceOf(organisation, today);
        assertThat(balance.due().amount()).isEqualByComparingTo("166.00");
        assertThat(balance.overdue().amount()).isEqualByComparingTo("96.00");
        assertThat(balance.overdueCount()).isEqualTo(1);

        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        String screen = text(desk.get("/desk/customers/" + organisation));
        assertThat(screen)
                .contains("Facturation")
                .contains("Solde dû 166,00 €")
                .contains("Dont en retard 96,00 € une facture")
                .contains(late.getNumber())
                .contains(credit.getNumber())
                .contains("Avoir")
                .doesNotContain("999,00")
                .doesNotContain("1 198,80");
        assertThat(desk.get("/desk/customers/" + organisation).body())
                .contains("/desk/customers/" + organisation + "/invoices/" + partly.getId() + "/pdf")
                .as("the billing page is for billing and administrators")
                .doesNotContain("/back/billing/invoices/" + partly.getId());

        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        String home = text(portal.get("/portal"));
        assertThat(home)
                .contains("Vos factures")
                .contains("Reste à payer 166,00 €")
                .contains("Toutes vos factures");

        HttpResponse<String> list = portal.get("/portal/invoices");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(text(list))
                .contains("Mes factures")
                .contains(invoices.get(late.getId()).getNumber())
                .contains(today.minusDays(10).format(DAY))
                .contains("En retard")
                .contains("Payée en partie")
                .contains("70,00 €")
                .doesNotContain("999,00");
        assertThat(list.body()).contains("/portal/invoices/" + paid.getId() + "/pdf");

        HttpResponse<byte[]> pdf = portal.getBytes("/portal/invoices/" + paid.getId() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        HttpResponse<byte[]> deskPdf =
                desk.getBytes("/desk/customers/" + organisation + "/invoices/" + credit.getId() + "/pdf");
        assertThat(deskPdf.statusCode()).isEqualTo(200);
        assertThat(new String(deskPdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(desk.get("/desk/customers/" + organisation + "/invoices/" + draft.getId() + "/pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.get("/portal/invoices/" + draft.getId() + "/pdf").statusCode())
                .as("a draft is billing's own work")
                .isEqualTo(404);
        HttpSession other = new HttpSession(port);
        other.login(customerUser().getUsername(), PASSWORD);
        assertThat(other.get("/portal/invoices/" + paid.getId() + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(text(other.get("/portal/invoices")))
                .doesNotContain(invoices.get(paid.getId()).getNumber());
        assertThat(desk.get("/desk/customers/" + (organisation + 100_000) + "/invoices/" + paid.getId() + "/pdf")
                        .statusCode())
                .as("an invoice through another customer's address")
                .isEqualTo(404);
    }

    @Test
    void creditNotesSettleTheirInvoiceAndACreditAfterThePaymentIsOwedBack() {
        long organisation = customerUser().getCustomerOrganisationId();
        LocalDate today = money.today();

        Invoice halfPaid = issued(organisation, "100.00"); // 120.00 incl. VAT
        halfPaid = pay(halfPaid, Money.euros("60.00"));
        credit(halfPaid, "50.00"); // 60.00: the rest
        halfPaid = invoices.get(halfPaid.getId());
        assertThat(halfPaid.getStatus().name()).isEqualTo("PAID");
        assertThat(halfPaid.creditedAmount().amount()).isEqualByComparingTo("60.00");
        assertThat(halfPaid.balance().amount()).isEqualByComparingTo("0.00");
        assertThat(halfPaid.isCancelledByCredit()).isFalse();

        Invoice paidThenCredited = issued(organisation, "100.00");
        paidThenCredited = pay(paidThenCredited, Money.euros("120.00"));
        credit(paidThenCredited, "10.00"); // 12.00 owed back
        assertThat(invoices.get(paidThenCredited.getId()).balance().amount()).isEqualByComparingTo("-12.00");

        Invoice cancelled = issued(organisation, "100.00");
        jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
                .param("due", today.minusDays(40))
                .param("id", cancelled.getId())
                .update();
        credit(cancelled, "100.00");
        Invoice settled = invoices.get(cancelled.getId());
        assertThat(settled.isCancelledByCredit()).isTrue();
        assertThat(settled.isOverdue(today)).as("nothing is left to pay on it").isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pay(settled, Money.euros("1.00")))
                .isInstanceOf(fr.guichet.billing.BillingRuleViolation.class);

        CustomerMoney.Balance balance = money.balanceOf(organisation, today);
        assertThat(balance.due().amount()).isEqualByComparingTo("-12.00");
        assertThat(balance.overdue().amount()).isEqualByComparingTo("0.00");
        assertThat(balance.overdueCount()).isZero();
        assertThat(money.issued(organisation, halfPaid.getId(), today)
                        .orElseThrow()
                        .open()
                        .amount())
                .isEqualByComparingTo("0.00");

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(text(billing.get("/back/billing/invoices/" + cancelled.getId())))
                .contains("Annulée par avoir")
                .contains("Avoirs − 120,00 €")
                .contains("Reste à payer 0,00 €");
    }

    @Test
    void theBackOfficeHasItsOwn360ViewWithTheMoneyAndBillingOpensTheInvoiceFromIt() {
        long organisation = customerUser().getCustomerOrganisationId();
        Invoice invoice = issued(organisation, "100.00");
        Invoice draft = invoices.create(draft(organisation, "999.00"), "test");

        HttpSession back = new HttpSession(port);
        back.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        HttpResponse<String> overview = back.get("/back/customers/" + organisation + "/overview");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(text(overview))
                .contains("Solde dû 120,00 €")
                .contains(invoice.getNumber())
                .contains("Derniers devis")
                .doesNotContain("999,00");
        assertThat(overview.body())
                .contains("/back/customers/" + organisation + "/invoices/" + invoice.getId() + "/pdf")
                .as("the desk's addresses are not the back office's")
                .doesNotContain("/desk/customers/" + organisation)
                .doesNotContain("/desk/requests/")
                .as("billing's pages are for billing")
                .doesNotContain("/back/billing/invoices/" + invoice.getId());
        HttpResponse<byte[]> pdf =
                back.getBytes("/back/customers/" + organisation + "/invoices/" + invoice.getId() + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(back.get("/back/customers/" + organisation + "/invoices/" + draft.getId() + "/pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(back.get("/back/customers/" + (organisation + 100_000) + "/invoices/" + invoice.getId() + "/pdf")
                        .statusCode())
                .isEqualTo(404);

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(billing.get("/back/customers/" + organisation + "/overview").body())
                .contains("/back/billing/invoices/" + invoice.getId())
                .contains("/back/billing/quotes?organisationId=" + organisation);
        assertThat(billing.get("/back/customers/" + organisation).body())
                .as("the customer's record leads to its 360° view")
                .contains("/back/customers/" + organisation + "/overview");
    }

    @Test
    void thePortalListsTheInvoicesNewestFirstAPageAtATime() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        for (int i = 0; i < 27; i++) {
            issued(organisation, (10 + i) + ".00");
        }
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);

        HttpResponse<String> first = portal.get("/portal/invoices");
        String firstBody = HtmlUtils.htmlUnescape(first.body());
        assertThat(text(first)).contains("43,20 €").doesNotContain(" 12,00 €").doesNotContain(" 13,20 €");
        String next = firstBody.replaceAll("(?s).*href=\"(/portal/invoices\\?beforeDate=[^\"]+)\".*", "$1");
        assertThat(next).startsWith("/portal/invoices?beforeDate=");

        String second = text(portal.get(next));
        assertThat(second)
                .contains(" 12,00 €")
                .contains(" 13,20 €")
                .doesNotContain("43,20 €")
                .contains("Les plus récentes");
    }

    private void credit(Invoice invoice, String net) {
        Invoice note = invoices.draftCreditNote(invoice.getId(), List.of(line(net)), "test");
        invoices.validateDraft(note.getId(), note.getVersion(), "test");
    }

    private Invoice issued(long organisation, String net) {
        Invoice drafted = invoices.create(draft(organisation, net), "test");
        return invoices.validateDraft(drafted.getId(), drafted.getVersion(), "test");
    }

    private static InvoiceDraft draft(long organisation, String net) {
        return new InvoiceDraft(
                organisation, InvoiceKind.INVOICE, null, null, null, null, null, null, List.of(line(net)));
    }

    private static InvoiceDraft.Line line(String net) {
        return new InvoiceDraft.Line(
                null,
                "Intervention",
                BigDecimal.ONE,
                Unit.PACKAGE,
                Money.euros(net),
                BigDecimal.ZERO,
                VatRate.STANDARD,
                null,
                null,
                null);
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    private Invoice pay(Invoice invoice, Money amount) {
        payments.receive(
                fr.guichet.billing.payments.NewPayment.of(
                        invoice.getOrganisationId(),
                        payments.today(),
                        amount,
                        fr.guichet.billing.payments.PaymentMethod.TRANSFER),
                List.of(new fr.guichet.billing.payments.NewAllocation(invoice.getId(), amount)),
                "test");
        return invoices.get(invoice.getId());
    }
}
