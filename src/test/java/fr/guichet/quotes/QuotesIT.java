package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.company.TermsOfSaleManagement;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.requests.Actor;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.NewRequest;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * From a pre-sales request to an accepted quote, through the pages: the desk makes the quote in one action from the
 * request, adds lines and sends it (the customer receives it by email), the customer accepts it in the portal with the
 * proof kept (the hash of the exact PDF they were shown), and only their own quotes are theirs to see.
 */
class QuotesIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    QuoteManagement quotes;

    @Autowired
    RequestManagement requests;

    @Autowired
    TermsOfSaleManagement terms;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void termsOfSale() {
        long current = terms.current().map(t -> t.id()).orElse(0L);
        terms.change("Conditions générales de vente de test.\nArticle 1 : paiement à 30 jours.", current, "test");
    }

    @Test
    void aPreSalesRequestBecomesAQuoteTheCustomerAcceptsOnline() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request request = preSales(customer, "Devis pour 5 postes");
        HttpSession desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);

        assertThat(text(desk.get("/desk/requests/" + request.getReference())))
                .contains("Faire le devis de cette demande");
        HttpResponse<String> made = desk.post("/desk/quotes/from-request", "reference", request.getReference());
        assertThat(made.statusCode()).isEqualTo(302);
        Quote quote = quotes.ofRequest(request.getId()).get(0);
        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/desk/quotes/" + quote.getId());
        assertThat(quote.getTitle()).isEqualTo("Devis pour 5 postes");
        assertThat(quote.getOrganisationId()).isEqualTo(customer.getCustomerOrganisationId());
        assertThat(desk.post("/desk/quotes/from-request", "reference", request.getReference())
                        .statusCode())
                .isEqualTo(302);
        assertThat(quotes.ofRequest(request.getId()))
                .as("one action, one quote")
                .hasSize(1);

        String page = text(desk.get("/desk/quotes/" + quote.getId()));
        assertThat(page).contains(quote.getReference()).contains("Brouillon");
        desk.post(
                "/desk/quotes/" + quote.getId() + "/lines",
                "version",
                "" + quote.getVersion(),
                "itemCode",
                "HOTLINE-PRO",
                "quantity",
                "5",
                "discountPercent",
                "10");
        int afterFirst = quotes.get(quote.getId()).getVersion();
        HttpResponse<String> refused = desk.post(
                "/desk/quotes/" + quote.getId() + "/lines",
                "version",
                "" + afterFirst,
                "description",
                "Installation des postes",
                "quantity",
                "5",
                "unit",
                "HOUR",
                "unitPrice",
                "80,005",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused))
                .contains("Prix unitaire HT : un montant positif ou nul, deux décimales au plus.")
                .contains("value=\"80,005\"");
        assertThat(quotes.get(quote.getId()).getLines()).hasSize(1);
        desk.post(
                "/desk/quotes/" + quote.getId() + "/lines",
                "version",
                "" + afterFirst,
                "description",
                "Installation des postes",
                "quantity",
                "5",
                "unit",
                "HOUR",
                "unitPrice",
                "80,00",
                "vatRate",
                "STANDARD",
                "recurrence",
                "ONE_OFF");
        Quote drafted = quotes.get(quote.getId());
        assertThat(drafted.getLines()).hasSize(2);
        assertThat(drafted.hasRecurringLines()).isTrue();
        assertThat(drafted.hasOneOffLines()).isTrue();

        desk.get("/desk/quotes/" + quote.getId());
        HttpResponse<String> sent = desk.post(
                "/desk/quotes/" + quote.getId() + "/send",
                "version",
                "" + drafted.getVersion(),
                "recipient",
                customer.getEmail());
        assertThat(sent.statusCode()).isEqualTo(302);
        Quote onItsWay = quotes.get(quote.getId());
        assertThat(onItsWay.getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(onItsWay.getTermsSha256())
                .isEqualTo(terms.current().orElseThrow().sha256());
        List<MimeMessage> mails = TestMail.awaitFor(customer.getEmail(), 2).stream()
                .filter(mail -> subject(mail).contains(quote.getReference()))
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).contains("Devis pour 5 postes");
        assertThat(TestMail.text(mails.get(0))).contains("/portal/quotes/" + quote.getId());
        List<jakarta.mail.Part> attached = attachments(mails.get(0));
        assertThat(attached).hasSize(1);
        assertThat(attached.get(0).getFileName()).isEqualTo(quote.getReference() + "-v1.pdf");
        byte[] mailed = attached.get(0).getInputStream().readAllBytes();
        assertThat(mailed)
                .as("the PDF mailed is the revision kept as sent")
                .isEqualTo(quotes.document(quote.getId(), 1, false).orElseThrow());

        assertThat(text(desk.get("/desk/requests/" + request.getReference())))
                .as("the request's owner sees the quote's status")
                .contains(quote.getReference())
                .contains("Envoyé");

        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(text(portal.get("/portal/quotes"))).contains("Devis pour 5 postes");
        assertThat(text(portal.get("/portal/quotes/" + quote.getId())))
                .contains("Installation des postes")
                .contains("Accepter ce devis");
        byte[] shown =
                portal.getBytes("/portal/quotes/" + quote.getId() + "/pdf").body();
        assertThat(new String(shown, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(shown).as("the portal serves the PDF that was mailed").isEqualTo(mailed);

        portal.get("/portal/quotes/" + quote.getId() + "/accept");
        HttpResponse<String> noRole = portal.post(
                "/portal/quotes/" + quote.getId() + "/accept",
                "version",
                "" + onItsWay.getVersion(),
                "signerName",
                "Marie Martin",
                "signerRole",
                "",
                "agree",
                "true");
        assertThat(text(noRole)).contains("Donnez sa qualité").contains("value=\"Marie Martin\"");
        assertThat(quotes.get(quote.getId()).getStatus()).isEqualTo(QuoteStatus.SENT);
        HttpResponse<String> accepted = portal.post(
                "/portal/quotes/" + quote.getId() + "/accept",
                "version",
                "" + onItsWay.getVersion(),
                "signerName",
                "Marie Martin",
                "signerRole",
                "Gérante",
                "agree",
                "true");
        assertThat(accepted.statusCode()).isEqualTo(302);

        Quote done = quotes.get(quote.getId());
        assertThat(done.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(done.getSignerName()).isEqualTo("Marie Martin");
        assertThat(done.getSignerRole()).isEqualTo("Gérante");
        assertThat(done.getAcceptedIp()).isEqualTo("127.0.0.1");
        assertThat(done.getAcceptedAt()).isNotNull();
        assertThat(done.getAcceptedPdfSha256())
                .as("the proof names the exact PDF the customer downloaded")
                .isEqualTo(TermsOfSaleManagement.sha256(shown));
        byte[] certificate = portal.getBytes("/portal/quotes/" + quote.getId() + "/certificate")
                .body();
        assertThat(new String(certificate, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(portal.get("/portal/quotes/" + quote.getId()))).contains("Accepté par Marie Martin (Gérante)");
        assertThat(text(desk.get("/desk/quotes/" + quote.getId())))
                .contains(done.getAcceptedPdfSha256())
                .contains(done.getTermsSha256());
    }

    @Test
    void aQuoteIsSentByDefaultToWhoAskedForItEvenFromThePortal() throws Exception {
        UserAccount customer = customerUser();
        UserAccount agent = staff(Role.FRONT_OFFICE);
        Request fromPortal = preSales(customer, "Devis depuis le portail");
        assertThat(fromPortal.getRequesterEmail())
                .as("a portal request names its requester's account, not an address")
                .isNull();
        Quote quote = quotes.fromRequest(fromPortal.getId(), "test");
        assertThat(quotes.recipientOf(quote))
                .as("the portal account that asked, not the company's general address")
                .isEqualTo(customer.getEmail());
        HttpSession desk = new HttpSession(port);
        desk.login(agent.getUsername(), PASSWORD);
        assertThat(text(desk.get("/desk/quotes/" + quote.getId())))
                .contains("name=\"recipient\" value=\"" + customer.getEmail() + "\"");

        Quote withoutRequest = quotes.draft(
                customer.getCustomerOrganisationId(), null, "Devis sans demande", null, null, null, "test");
        assertThat(quotes.recipientOf(withoutRequest))
                .as("no request, and the customer has no address: nothing is guessed")
                .isEmpty();
    }

    @Test
    void aCustomerSeesOnlyTheQuotesSentToTheirOwnOrganisation() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        Quote theirs = sentQuote(other, "Devis d'un autre client");
        Quote draft =
                quotes.draft(customer.getCustomerOrganisationId(), null, "Brouillon interne", null, null, null, "test");
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        for (String path : List.of("", "/pdf", "/accept", "/certificate")) {
            assertThat(portal.get("/portal/quotes/" + theirs.getId() + path).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(portal.get("/portal/quotes/" + draft.getId()).statusCode()).isEqualTo(404);
        assertThat(text(portal.get("/portal/quotes")))
                .doesNotContain("Devis d'un autre client")
                .doesNotContain("Brouillon interne");
        assertThat(portal.post(
                                "/portal/quotes/" + theirs.getId() + "/accept",
                                "version",
                                "" + theirs.getVersion(),
                                "signerName",
                                "Intrus",
                                "signerRole",
                                "Aucun",
                                "agree",
                                "true")
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.post(
                                "/portal/quotes/" + theirs.getId() + "/decline",
                                "version",
                                "" + theirs.getVersion(),
                                "reason",
                                "Non")
                        .statusCode())
                .isEqualTo(404);
        assertThat(quotes.get(theirs.getId()).getStatus()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void anExpiredQuoteIsRefusedAndCanOnlyBeDeclined() {
        UserAccount customer = customerUser();
        Quote quote = sentQuote(customer, "Devis expiré");
        jdbc.sql("UPDATE quotes_quote SET valid_until = :yesterday WHERE id = :id")
                .param("yesterday", quotes.today().minusDays(1))
                .param("id", quote.getId())
                .update();
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        String page = text(portal.get("/portal/quotes/" + quote.getId()));
        assertThat(page).contains("Expiré").doesNotContain("Accepter ce devis");
        HttpResponse<String> late = portal.post(
                "/portal/quotes/" + quote.getId() + "/accept",
                "version",
                "" + quote.getVersion(),
                "signerName",
                "Marie Martin",
                "signerRole",
                "Gérante",
                "agree",
                "true");
        assertThat(text(late)).contains("Ce devis a dépassé sa date de validité : il ne peut plus être accepté.");
        assertThat(quotes.get(quote.getId()).getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(quotes.get(quote.getId()).getAcceptedAt()).isNull();

        portal.get("/portal/quotes/" + quote.getId());
        assertThat(text(portal.post(
                        "/portal/quotes/" + quote.getId() + "/decline",
                        "version",
                        "" + quote.getVersion(),
                        "reason",
                        " ")))
                .contains("Dites en quelques mots pourquoi");
        portal.post(
                "/portal/quotes/" + quote.getId() + "/decline",
                "version",
                "" + quote.getVersion(),
                "reason",
                "Trop tard");
        assertThat(quotes.get(quote.getId()).getStatus()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(quotes.get(quote.getId()).getDeclineReason()).isEqualTo("Trop tard");
    }

    @Autowired
    QuoteExpiryJob expiry;

    @Test
    void theDailyJobMarksExpiredTheSentQuotesPastTheirValidity() {
        UserAccount customer = customerUser();
        Quote over = sentQuote(customer, "Devis dépassé");
        Quote valid = sentQuote(customer, "Devis encore valable");
        jdbc.sql("UPDATE quotes_quote SET valid_until = :yesterday WHERE id = :id")
                .param("yesterday", quotes.today().minusDays(1))
                .param("id", over.getId())
                .update();

        expiry.expire(); // as the scheduler would, holding its lock

        assertThat(quotes.get(over.getId()).getStatus()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(quotes.get(valid.getId()).getStatus()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aSentQuoteThatChangesIsVersionTwoAndTheFirstStaysAsSent() {
        UserAccount customer = customerUser();
        Quote quote = sentQuote(customer, "Devis révisé");
        byte[] first = quotes.document(quote.getId(), 1, false).orElseThrow();
        Quote revised = quotes.addLine(
                quote.getId(),
                quote.getVersion(),
                QuoteTest.line("12.00", "1", "0", fr.guichet.shared.VatRate.REDUCED));
        assertThat(revised.getRevision()).isEqualTo(2);
        assertThat(revised.getStatus()).isEqualTo(QuoteStatus.DRAFT);

        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(text(portal.get("/portal/quotes/" + quote.getId())))
                .contains("Nous révisons ce devis")
                .doesNotContain("Accepter ce devis");
        assertThat(portal.getBytes("/portal/quotes/" + quote.getId() + "/pdf").body())
                .isEqualTo(first);
        assertThat(quotes.sentTo(customer.getCustomerOrganisationId(), 10))
                .as("the portal's list, its home panel and the API show what the customer received")
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.getRevision()).isEqualTo(1);
                    assertThat(seen.getStatus()).isEqualTo(QuoteStatus.SENT);
                    assertThat(seen.getLines()).hasSize(1);
                    assertThat(seen.getTotalGross()).isEqualTo(quote.getTotalGross());
                });
        assertThat(text(portal.get("/portal/quotes")))
                .doesNotContain("Brouillon")
                .doesNotContain(revised.getTotalGross().format(java.util.Locale.FRANCE));

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(billing.getBytes("/back/billing/quotes/" + quote.getId() + "/revisions/1/pdf")
                        .body())
                .isEqualTo(first);
        Quote again = quotes.send(quote.getId(), revised.getVersion(), customer.getEmail(), "test");
        assertThat(quotes.document(quote.getId(), 2, false)).isPresent();
        assertThat(quotes.revision(quote.getId(), 1).orElseThrow().lines()).hasSize(1);
        assertThat(quotes.revision(quote.getId(), 2).orElseThrow().lines()).hasSize(2);
        assertThat(text(billing.get("/back/billing/quotes/" + again.getId())))
                .contains("Version 1 envoyée le")
                .contains("Version 2 envoyée le")
                .as("VAT rates as the catalogue names them")
                .contains("<td class=\"num\">5,5 %</td>")
                .contains("TVA 5,5 % sur 12,00")
                .contains("TVA 20 % sur 100,00");
    }

    @Test
    void aQuoteNamesOnlyItsCustomersRequestAndIsValidAYearAtMost() {
        UserAccount customer = customerUser();
        UserAccount other = customerUser();
        Request theirs = preSales(other, "Devis pour un autre client");
        assertThatThrownBy(() -> quotes.draft(
                        customer.getCustomerOrganisationId(), theirs.getId(), "Devis", null, null, null, "test"))
                .isInstanceOfSatisfying(
                        QuoteRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("quotes.error.request-not-customers"));
        assertThatThrownBy(() -> quotes.draft(
                        customer.getCustomerOrganisationId(), 987_654_321L, "Devis", null, null, null, "test"))
                .isInstanceOf(QuoteRuleViolation.class);
        assertThatThrownBy(() -> quotes.draft(
                        customer.getCustomerOrganisationId(),
                        null,
                        "Devis",
                        quotes.today().plusYears(1).plusDays(1),
                        null,
                        null,
                        "test"))
                .isInstanceOfSatisfying(
                        QuoteRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("quotes.error.valid-until"));
        assertThat(quotes.draft(
                                customer.getCustomerOrganisationId(),
                                null,
                                "Devis",
                                quotes.today().plusYears(1),
                                null,
                                null,
                                "test")
                        .getValidUntil())
                .isEqualTo(quotes.today().plusYears(1));
    }

    @Test
    void theRequestsHistoryFollowsItsQuoteAndTheCustomersAnswerCallsItsOwnerBack() {
        UserAccount customer = customerUser();
        Request request = preSales(customer, "Devis pour un serveur");
        Long owner = request.getOwnerId();
        assertThat(owner)
                .as("the front office's interlocutor, given at submission")
                .isNotNull();
        int requestVersion = request.getVersion();
        Quote quote = quotes.fromRequest(request.getId(), "test");
        quote = quotes.addLine(
                quote.getId(),
                quote.getVersion(),
                QuoteTest.line("100.00", "1", "0", fr.guichet.shared.VatRate.STANDARD));
        Quote sent = quotes.send(quote.getId(), quote.getVersion(), null, "Sandrine");
        quotes.accept(
                sent.getId(),
                sent.getVersion(),
                customer.getCustomerOrganisationId(),
                "Marie Martin",
                "Gérante",
                "192.0.2.10");

        assertThat(requests.history(request.getId()).stream()
                        .filter(e -> e.kind().name().startsWith("QUOTE_"))
                        .map(e -> e.kind().name() + " " + e.detail())
                        .toList())
                .containsExactly(
                        "QUOTE_SENT " + sent.getReference() + " · " + customer.getEmail(),
                        "QUOTE_ACCEPTED " + sent.getReference() + " · Marie Martin (Gérante)");
        assertThat(requests.get(request.getId()).getVersion())
                .as("the request itself did not change: nobody working on it is stopped")
                .isEqualTo(requestVersion);
        assertThat(jdbc.sql("SELECT reason FROM requests_owner_attention WHERE request_id = :r AND owner_id = :o")
                        .param("r", request.getId())
                        .param("o", owner)
                        .query(String.class)
                        .list())
                .as("the owner is called back by the customer's answer")
                .contains("QUOTE_ANSWER");
        assertThat(
                        requests
                                .historyFor(
                                        new fr.guichet.identity.AccountPrincipal(customer),
                                        requests.get(request.getId()))
                                .stream()
                                .map(e -> e.kind().name())
                                .toList())
                .as("staff's lines")
                .doesNotContain("QUOTE_SENT", "QUOTE_ACCEPTED");
    }

    @Test
    void aQuoteFromARequestGoesToWhoAskedForItOtherwiseToTheOrganisation() throws Exception {
        String organisationEmail = unique("accueil") + "@example.fr";
        fr.guichet.customers.NewOrganisation company =
                fr.guichet.support.TestOrganisations.customerCompany(unique("Client"));
        long organisation = customers
                .register(new fr.guichet.customers.NewOrganisation(
                        company.name(),
                        company.tradeName(),
                        company.kind(),
                        company.status(),
                        company.siren(),
                        company.segment(),
                        company.address(),
                        company.phone(),
                        organisationEmail))
                .getId();
        String username = unique("client");
        UserAccount customer = users.createWithHash(
                fr.guichet.identity.UserProfile.customer(
                        username, "Client " + username, username + "@example.fr", organisation),
                passwordHash(),
                false);
        Request request = preSales(customer, "Devis demandé par le portail");
        Quote fromRequest = quotes.fromRequest(request.getId(), "test");
        assertThat(quotes.recipientOf(fromRequest)).isEqualTo(customer.getEmail());
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        assertThat(text(desk.get("/desk/quotes/" + fromRequest.getId())))
                .as("the sending form offers the requester's address")
                .contains("value=\"" + customer.getEmail() + "\"");
        fromRequest = quotes.addLine(
                fromRequest.getId(),
                fromRequest.getVersion(),
                QuoteTest.line("100.00", "1", "0", fr.guichet.shared.VatRate.STANDARD));
        quotes.send(fromRequest.getId(), fromRequest.getVersion(), null, "test");
        String reference = fromRequest.getReference();
        assertThat(TestMail.awaitFor(customer.getEmail(), 1).stream()
                        .filter(mail -> subject(mail).contains(reference))
                        .toList())
                .as("the requester receives the quote they asked for")
                .hasSize(1);

        Quote direct = quotes.draft(organisation, null, "Devis sans demande", null, null, null, "test");
        direct = quotes.addLine(
                direct.getId(),
                direct.getVersion(),
                QuoteTest.line("50.00", "1", "0", fr.guichet.shared.VatRate.STANDARD));
        quotes.send(direct.getId(), direct.getVersion(), "", "test");
        String directReference = direct.getReference();
        List<MimeMessage> toOrganisation = TestMail.awaitFor(organisationEmail, 1);
        assertThat(toOrganisation.stream().map(QuotesIT::subject).toList())
                .as("a quote without a request goes to the organisation's address, and only that one")
                .anyMatch(subject -> subject.contains(directReference))
                .noneMatch(subject -> subject.contains(reference));
    }

    @Test
    void thePortalQuoteShowsItsNotesItsExemptionNoticesAndWhichLinesRecur() {
        UserAccount customer = customerUser();
        Quote quote = quotes.draft(
                customer.getCustomerOrganisationId(),
                null,
                "Devis avec formation",
                null,
                "Intervention planifiée sous dix jours ouvrés.",
                null,
                "test");
        quote = quotes.addCatalogueLine(
                quote.getId(), quote.getVersion(), "HOTLINE-PRO", java.math.BigDecimal.ONE, null);
        quote = quotes.addCatalogueLine(
                quote.getId(), quote.getVersion(), "FORMATION-JOUR", java.math.BigDecimal.ONE, null);
        quotes.send(quote.getId(), quote.getVersion(), customer.getEmail(), "test");
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        String page = text(portal.get("/portal/quotes/" + quote.getId()));
        assertThat(page)
                .contains("Intervention planifiée sous dix jours ouvrés.")
                .contains("Exonération de TVA, art. 261-4-4° a du CGI")
                .contains("Mensuelle")
                .contains("sont récurrentes : facturées à chaque période");
        assertThat(text(portal.get("/portal/quotes/" + quote.getId() + "/accept")))
                .contains("Intervention planifiée sous dix jours ouvrés.")
                .contains("Exonération de TVA, art. 261-4-4° a du CGI");

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(text(billing.get("/back/billing/quotes/" + quote.getId())))
                .contains("Exonération de TVA, art. 261-4-4° a du CGI")
                .contains("sont récurrentes : facturées à chaque période");
    }

    @Test
    void anAcceptanceRecordedByStaffNamesWhoRecordedItInTheProofAndOnTheCertificate() throws Exception {
        UserAccount customer = customerUser();
        Quote quote = sentQuote(customer, "Devis signé sur papier");
        UserAccount erp = integrationUser(Role.BACK_OFFICE, Role.BILLING);
        HttpResponse<String> accepted = new HttpSession(port)
                .json(
                        "POST",
                        "/api/v1/quotes/" + quote.getId() + "/accept",
                        "{\"version\":" + quote.getVersion()
                                + ",\"signerName\":\"Marie Martin\",\"signerRole\":\"Gérante\","
                                + "\"ipAddress\":\"192.0.2.7\"}",
                        "Authorization",
                        "Bearer " + apiTokenOf(erp));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"acceptanceRecordedBy\":\"" + erp.getDisplayName() + "\"");
        Quote done = quotes.get(quote.getId());
        assertThat(done.getSignerName()).isEqualTo("Marie Martin");
        assertThat(done.getAcceptedRecordedBy()).isEqualTo(erp.getDisplayName());
        String certificate = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                        quotes.document(quote.getId(), done.getRevision(), true).orElseThrow()))
                .getTextFromPage(1)
                .replaceAll("\\s+", " ");
        assertThat(certificate)
                .contains("Marie Martin")
                .contains(erp.getDisplayName() + " a enregistré cette acceptation pour son compte")
                .contains("Enregistré par");

        HttpSession billing = new HttpSession(port);
        billing.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        assertThat(text(billing.get("/back/billing/quotes/" + quote.getId())))
                .contains(erp.getDisplayName() + ", pour le compte du client");
        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(text(portal.get("/portal/quotes/" + quote.getId())))
                .contains("Accepté par Marie Martin (Gérante)")
                .contains(erp.getDisplayName() + " a enregistré cette acceptation pour votre compte.");

        Quote paper = sentQuote(customer, "Devis signé et renvoyé par courrier");
        UserAccount clerk = staff(Role.BACK_OFFICE, Role.BILLING);
        HttpSession back = new HttpSession(port);
        back.login(clerk.getUsername(), PASSWORD);
        assertThat(text(back.get("/back/billing/quotes/" + paper.getId())))
                .contains("Enregistrer un bon pour accord reçu");
        assertThat(text(back.post(
                        "/back/billing/quotes/" + paper.getId() + "/accept",
                        "version",
                        "" + paper.getVersion(),
                        "signerName",
                        "Marie Martin",
                        "signerRole",
                        "")))
                .contains("Donnez sa qualité")
                .contains("value=\"Marie Martin\"");
        HttpResponse<String> recorded = back.post(
                "/back/billing/quotes/" + paper.getId() + "/accept",
                "version",
                "" + paper.getVersion(),
                "signerName",
                "Marie Martin",
                "signerRole",
                "Gérante");
        assertThat(recorded.statusCode()).isEqualTo(302);
        Quote onPaper = quotes.get(paper.getId());
        assertThat(onPaper.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(onPaper.getAcceptedRecordedBy()).isEqualTo(clerk.getDisplayName());
        assertThat(onPaper.getAcceptedIp()).isEqualTo("127.0.0.1");
        assertThat(text(back.get("/back/billing/quotes/" + paper.getId())))
                .contains(clerk.getDisplayName() + ", pour le compte du client")
                .doesNotContain("Enregistrer un bon pour accord reçu");
        HttpSession desk = new HttpSession(port);
        desk.login(staff(Role.FRONT_OFFICE).getUsername(), PASSWORD);
        Quote deskPaper = sentQuote(customer, "Devis que l'accueil ne peut accepter");
        assertThat(text(desk.get("/desk/quotes/" + deskPaper.getId())))
                .as("only billing records an acceptance")
                .doesNotContain("Enregistrer un bon pour accord reçu");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quotes.acceptOnBehalf(
                        deskPaper.getId(),
                        deskPaper.getVersion(),
                        "Marie Martin",
                        "Gérante",
                        "127.0.0.1",
                        new fr.guichet.identity.AccountPrincipal(
                                users.get(staff(Role.FRONT_OFFICE).getId()))))
                .isInstanceOf(QuoteCallerRefused.class);

        Quote self = sentQuote(customer, "Devis accepté dans le portail");
        Quote own = quotes.accept(
                self.getId(),
                self.getVersion(),
                customer.getCustomerOrganisationId(),
                "Marie Martin",
                "Gérante",
                "::1");
        assertThat(own.getAcceptedRecordedBy())
                .as("the customer's own acceptance")
                .isNull();
    }

    private Quote sentQuote(UserAccount customer, String title) {
        Quote quote = quotes.draft(customer.getCustomerOrganisationId(), null, title, null, null, null, "test");
        quote = quotes.addLine(
                quote.getId(),
                quote.getVersion(),
                QuoteTest.line("100.00", "1", "0", fr.guichet.shared.VatRate.STANDARD));
        return quotes.send(quote.getId(), quote.getVersion(), customer.getEmail(), "test");
    }

    private Request preSales(UserAccount customer, String subject) {
        return requests.submit(
                new NewRequest(
                        subject,
                        "Nous voudrions un devis.",
                        Category.PRE_SALES,
                        Channel.PORTAL,
                        customer.getCustomerOrganisationId(),
                        customer.getId(),
                        customer.getDisplayName(),
                        null,
                        null),
                new Actor(customer.getId(), customer.getDisplayName()));
    }

    private static List<jakarta.mail.Part> attachments(jakarta.mail.Part part) throws Exception {
        List<jakarta.mail.Part> found = new java.util.ArrayList<>();
        if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                found.addAll(attachments(parts.getBodyPart(i)));
            }
        }
        return found;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body());
    }
}
