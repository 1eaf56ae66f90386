package fr.guichet.billing.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.billing.BillingRuleViolation;
import fr.guichet.billing.Invoice;
import fr.guichet.billing.InvoiceDocument;
import fr.guichet.billing.InvoiceDocuments;
import fr.guichet.billing.InvoiceDraft;
import fr.guichet.billing.InvoiceFiles;
import fr.guichet.billing.InvoiceKind;
import fr.guichet.billing.InvoiceMailing;
import fr.guichet.billing.InvoiceManagement;
import fr.guichet.billing.InvoiceStatus;
import fr.guichet.billing.payments.Allocation;
import fr.guichet.billing.payments.Payment;
import fr.guichet.billing.payments.PaymentManagement;
import fr.guichet.billing.payments.PaymentMethod;
import fr.guichet.catalogue.Unit;
import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.shared.Money;
import fr.guichet.shared.VatRate;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.TestMail;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * SEPA direct debit from end to end: the creditor identifier set by billing; a mandate prepared by billing, signed by
 * its customer in the portal (or its signed copy uploaded), seen by no other customer; the invoices it pays announce
 * their debit on their PDF and in their email; the batch of a collection date is a pain.008.001.08 file valid
 * against the XSD, its invoices to be debited, their payments recorded on that date; a rejected debit reopens its
 * invoice and, when its reason says so, makes the mandate's next debit a first one again.
 */
class SepaDirectDebitIT extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n% mandat signé\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;

    @Autowired
    SepaCreditor creditor;

    @Autowired
    MandateManagement mandates;

    @Autowired
    DirectDebits debits;

    @Autowired
    DirectDebitJob job;

    @Autowired
    InvoiceManagement invoices;

    @Autowired
    InvoiceDocuments documents;

    @Autowired
    InvoiceFiles files;

    @Autowired
    InvoiceMailing mailing;

    @Autowired
    PaymentManagement payments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void theCompanyHasACreditorIdentifier() {
        if (creditor.current().map(c -> !c.creditorId().equals("FR72ZZZ123456")).orElse(true)) {
            creditor.change(
                    "FR72ZZZ123456",
                    creditor.current().map(SepaCreditor.Change::id).orElse(0L),
                    "test");
        }
    }

    @Test
    void billingSetsTheCreditorIdentifierCheckedByItsKeyAndItsValuesAreKept() {
        HttpSession billing = billing();
        String page = billing.get("/back/billing/settings/sepa").body();
        assertThat(page).contains("FR72ZZZ123456");
        long expected = creditor.current().orElseThrow().id();

        HttpResponse<String> refused = billing.post(
                "/back/billing/settings/sepa", "creditorId", "FR12ZZZ123456", "expected", String.valueOf(expected));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(text(refused)).contains("Identifiant créancier SEPA invalide");
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("value=\"FR12ZZZ123456\"");
        assertThat(creditor.current().orElseThrow().creditorId()).isEqualTo("FR72ZZZ123456");

        HttpResponse<String> saved = billing.post(
                "/back/billing/settings/sepa",
                "creditorId",
                "de98 zzz 09999999999",
                "expected",
                String.valueOf(expected));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(creditor.current().orElseThrow().creditorId()).isEqualTo("DE98ZZZ09999999999");
        assertThat(creditor.history())
                .extracting(SepaCreditor.Change::creditorId)
                .contains("FR72ZZZ123456");

        HttpResponse<String> stale = billing.post(
                "/back/billing/settings/sepa", "creditorId", "FR72ZZZ123456", "expected", String.valueOf(expected));
        assertThat(stale.statusCode())
                .as("a change made meanwhile is said, not overwritten")
                .isEqualTo(200);
        assertThat(creditor.current().orElseThrow().creditorId()).isEqualTo("DE98ZZZ09999999999");
    }

    @Test
    void aMandatePreparedByBillingIsSignedByItsCustomerOnlineAndNoOtherCustomerSeesIt() {
        UserAccount customer = customerUser();
        long organisation = customer.getCustomerOrganisationId();
        HttpSession billing = billing();
        billing.get("/back/billing/mandates/new?organisationId=" + organisation);
        HttpResponse<String> badIban = billing.post(
                "/back/billing/mandates",
                "organisationId",
                String.valueOf(organisation),
                "kind",
                "RECURRING",
                "debtorName",
                "Boulangerie Test",
                "iban",
                "FR76 3000 6000 0112 3456 7890 188",
                "bic",
                "");
        assertThat(badIban.statusCode()).isEqualTo(200);
        assertThat(text(badIban)).contains("IBAN invalide");
        assertThat(HtmlUtils.htmlUnescape(badIban.body())).contains("value=\"Boulangerie Test\"");

        HttpResponse<String> made = billing.post(
                "/back/billing/mandates",
                "organisationId",
                String.valueOf(organisation),
                "kind",
                "RECURRING",
                "debtorName",
                "Boulangerie Test",
                "iban",
                "FR76 3000 6000 0112 3456 7890 189",
                "bic",
                "bnpafrpp");
        assertThat(made.statusCode()).isEqualTo(302);
        Mandate mandate = mandates.ofOrganisation(organisation).get(0);
        assertThat(mandate.status()).isEqualTo(MandateStatus.AWAITING_SIGNATURE);
        assertThat(mandate.reference())
                .matches("RUM-" + organisation + "-\\d{4}-[A-Z0-9]{8}")
                .hasSizeLessThanOrEqualTo(35);
        assertThat(mandate.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(mandate.bic()).isEqualTo("BNPAFRPP");
        assertThat(mandate.nextSequence()).isEqualTo(SequenceType.FRST);

        HttpSession portal = new HttpSession(port);
        portal.login(customer.getUsername(), PASSWORD);
        assertThat(text(portal.get("/portal/mandates")))
                .contains(mandate.reference())
                .contains("À signer");
        String shown = text(portal.get("/portal/mandates/" + mandate.id()));
        assertThat(shown).contains("FR72ZZZ123456").contains("8 semaines");
        HttpResponse<String> notAgreed =
                portal.post("/portal/mandates/" + mandate.id() + "/sign", "signerName", "Marie Test");
        assertThat(notAgreed.statusCode()).isEqualTo(200);
        assertThat(text(notAgreed)).contains("Cochez la case");
        assertThat(mandates.get(mandate.id()).status()).isEqualTo(MandateStatus.AWAITING_SIGNATURE);

        HttpResponse<String> signed =
                portal.post("/portal/mandates/" + mandate.id() + "/sign", "signerName", "Marie Test", "agree", "true");
        assertThat(signed.statusCode()).isEqualTo(302);
        Mandate active = mandates.get(mandate.id());
        assertThat(active.status()).isEqualTo(MandateStatus.ACTIVE);
        assertThat(active.signedOn()).isEqualTo(mandates.today());
        assertThat(active.proofKind()).isEqualTo(Mandate.PROOF_ONLINE);
        assertThat(active.signerName()).isEqualTo("Marie Test");
        assertThat(active.signerAddress()).isNotBlank();
        assertThat(active.signedSha256())
                .as("the hash of the text the customer was shown")
                .isIn(
                        MandateText.sha256(mandates.textOf(active, Locale.FRENCH)),
                        MandateText.sha256(mandates.textOf(active, Locale.ENGLISH)));
        assertThat(mandates.history(mandate.id()))
                .extracting(MandateEvent::change)
                .containsExactly("created", "signed-online");
        assertThat(text(billing.get("/back/billing/mandates/" + mandate.id())))
                .contains("Signé en ligne par Marie Test")
                .contains(active.signedSha256());
        assertThat(text(billing.get("/back/customers/" + organisation + "/overview")))
                .as("a line of billing's panel on the 360° view")
                .contains("mandat " + mandate.reference());

        HttpSession other = new HttpSession(port);
        other.login(customerUser().getUsername(), PASSWORD);
        assertThat(other.get("/portal/mandates/" + mandate.id()).statusCode()).isEqualTo(404);
        assertThat(text(other.get("/portal/mandates"))).doesNotContain(mandate.reference());

        HttpResponse<String> noReason = billing.post(
                "/back/billing/mandates/" + mandate.id() + "/revoke", "version", String.valueOf(active.version()));
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(mandates.get(mandate.id()).status()).isEqualTo(MandateStatus.ACTIVE);
        billing.post(
                "/back/billing/mandates/" + mandate.id() + "/revoke",
                "version",
                String.valueOf(active.version()),
                "reason",
                "Le client paie désormais par virement");
        assertThat(mandates.get(mandate.id()).status()).isEqualTo(MandateStatus.REVOKED);
        assertThat(mandates.activeOf(organisation)).isEmpty();
    }

    @Test
    void billingUploadsTheSignedCopyAPdfOrAnImageWithinTheSizeAllowed() {
        long organisation = customerUser().getCustomerOrganisationId();
        Mandate mandate = prepared(organisation, MandateKind.ONE_OFF);
        HttpSession billing = billing();
        billing.get("/back/billing/mandates/" + mandate.id());
        HttpResponse<String> notAFile = billing.postFile(
                "/back/billing/mandates/" + mandate.id() + "/proof",
                "mandat.pdf",
                "pas un PDF".getBytes(StandardCharsets.UTF_8),
                "version",
                String.valueOf(mandate.version()),
                "signedOn",
                mandates.today().toString());
        assertThat(notAFile.statusCode()).isEqualTo(302);
        assertThat(text(billing.get("/back/billing/mandates/" + mandate.id()))).contains("un PDF, un PNG ou un JPEG");
        assertThat(mandates.get(mandate.id()).status()).isEqualTo(MandateStatus.AWAITING_SIGNATURE);

        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(() -> mandates.uploadProof(
                        mandate.id(), mandate.version(), mandates.today(), "gros.pdf", tooLarge, "test"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.proof-size");
        assertThatThrownBy(() -> mandates.uploadProof(
                        mandate.id(), mandate.version(), mandates.today().plusDays(1), "m.pdf", PDF, "test"))
                .isInstanceOf(BillingRuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.signed-on");

        billing.get("/back/billing/mandates/" + mandate.id());
        HttpResponse<String> uploaded = billing.postFile(
                "/back/billing/mandates/" + mandate.id() + "/proof",
                "mandat signé.pdf",
                PDF,
                "version",
                String.valueOf(mandate.version()),
                "signedOn",
                mandates.today().minusDays(3).toString());
        assertThat(uploaded.statusCode()).isEqualTo(302);
        Mandate active = mandates.get(mandate.id());
        assertThat(active.status()).isEqualTo(MandateStatus.ACTIVE);
        assertThat(active.signedOn()).isEqualTo(mandates.today().minusDays(3));
        assertThat(active.nextSequence()).isEqualTo(SequenceType.OOFF);
        HttpResponse<byte[]> proof = billing.getBytes("/back/billing/mandates/" + mandate.id() + "/proof");
        assertThat(proof.statusCode()).isEqualTo(200);
        assertThat(proof.body()).isEqualTo(PDF);
    }

    @Test
    void anInvoicePaidByAMandateAnnouncesItsDebitOnItsPdfAndInItsEmail() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        Mandate mandate = active(organisation, MandateKind.RECURRING);
        Invoice invoice = issued(organisation, "100.00");

        InvoiceDocument document = documents.of(invoice);
        assertThat(document.directDebit()).isNotNull();
        LocalDate expected = DebitDates.debitDate(invoice.getIssueDate(), invoice.getDueDate(), 14);
        assertThat(document.directDebit().debitOn()).isEqualTo(expected).isEqualTo(invoice.getDueDate());
        assertThat(document.directDebit().mandateReference()).isEqualTo(mandate.reference());
        assertThat(document.directDebit().creditorId()).isEqualTo("FR72ZZZ123456");

        String date = expected.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(pdfText(files.pdf(invoice).content()))
                .contains("Cette facture sera prélevée le " + date + " pour 120,00 €")
                .contains(mandate.reference())
                .contains("FR72ZZZ123456");

        String recipient = unique("compta") + "@example.fr";
        new TransactionTemplate(transactions).executeWithoutResult(status -> mailing.send(document, recipient));
        String mail = TestMail.text(TestMail.awaitFor(recipient, 1).get(0)).replace('\u00a0', ' ');
        assertThat(mail)
                .contains("Elle sera prélevée le")
                .contains(mandate.reference())
                .contains(mandate.maskedIban());

        long without = customerUser().getCustomerOrganisationId();
        assertThat(documents.of(issued(without, "50.00")).directDebit())
                .as("a customer without a mandate pays as usual")
                .isNull();
    }

    @Test
    void aBatchIsAValidPain008FileItsInvoicesArePaidOnTheCollectionDateAndARejectionReopensOne() throws Exception {
        long organisation = customerUser().getCustomerOrganisationId();
        Mandate mandate = active(organisation, MandateKind.RECURRING);
        Invoice first = issued(organisation, "100.00");
        Invoice second = issued(organisation, "25.00");
        LocalDate collection = targetDayFrom(first.getDueDate());

        assertThatThrownBy(() -> debits.create(debits.today(), "test"))
                .as("never today or before")
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.collection-date");
        assertThat(debits.dueOn(first.getDueDate().minusDays(1)))
                .extracting(DirectDebits.Candidate::invoiceId)
                .doesNotContain(first.getId());
        HttpSession billing = billing();
        assertThat(text(billing.get("/back/billing/direct-debits?collectionDate=" + collection)))
                .contains(first.getNumber())
                .contains(second.getNumber());

        HttpResponse<String> made =
                billing.post("/back/billing/direct-debits", "collectionDate", collection.toString());
        assertThat(made.statusCode()).isEqualTo(302);
        long batchId = Long.parseLong(
                made.headers().firstValue("Location").orElseThrow().replaceAll(".*/direct-debits/(\\d+).*", "$1"));
        Batch batch = debits.batch(batchId);
        assertThat(batch.collectionDate()).isEqualTo(collection);
        assertThat(batch.status()).isEqualTo(Batch.Status.READY);
        List<Debit> ours = debits.debitsOf(batchId).stream()
                .filter(d -> d.organisationId() == organisation)
                .toList();
        assertThat(ours).extracting(Debit::invoiceId).containsExactly(first.getId(), second.getId());
        assertThat(ours).extracting(Debit::sequence).containsExactly(SequenceType.FRST, SequenceType.RCUR);
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.RCUR);
        assertThat(invoices.history(first.getId())).extracting(e -> e.change()).contains("direct-debit");
        assertThat(debits.liveDebitOf(first.getId())).isPresent();
        assertThat(text(billing.get("/back/billing/invoices/" + first.getId())))
                .as("the invoice's page says it is to be debited")
                .contains("Prélèvement SEPA le");
        assertThat(debits.dueOn(collection))
                .as("an invoice is in one batch only")
                .extracting(DirectDebits.Candidate::invoiceId)
                .doesNotContain(first.getId(), second.getId());

        HttpResponse<byte[]> file = billing.getBytes("/back/billing/direct-debits/" + batchId + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        Pain008Test.validate(file.body());
        org.w3c.dom.Document xml = Pain008Test.parse(file.body());
        String tx = "//DrctDbtTxInf[PmtId/EndToEndId='" + first.getNumber() + "']";
        assertThat(Pain008Test.xpath(xml, tx + "/InstdAmt")).isEqualTo("120.00");
        assertThat(Pain008Test.xpath(xml, tx + "/DrctDbtTx/MndtRltdInf/MndtId")).isEqualTo(mandate.reference());
        assertThat(Pain008Test.xpath(xml, tx + "/DrctDbtTx/MndtRltdInf/DtOfSgntr"))
                .isEqualTo(mandate.signedOn().toString());
        assertThat(Pain008Test.xpath(xml, tx + "/../PmtTpInf/SeqTp")).isEqualTo("FRST");
        assertThat(Pain008Test.xpath(xml, "/Document/CstmrDrctDbtInitn/GrpHdr/NbOfTxs"))
                .isEqualTo(String.valueOf(batch.debitCount()));
        assertThat(Pain008Test.xpath(xml, "/Document/CstmrDrctDbtInitn/GrpHdr/CtrlSum"))
                .isEqualTo(batch.total().amount().toPlainString());

        assertThatThrownBy(() -> debits.collect(batchId, "test"))
                .as("not before its date")
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.not-collectable");
        // the collection date comes (the batch's date moved to today: the clock of the application does not move)
        jdbc.sql("UPDATE billing_sepa_batch SET collection_date = :today WHERE id = :id")
                .param("today", debits.today())
                .param("id", batchId)
                .update();
        job.collectDue();
        assertThat(debits.batch(batchId).status()).isEqualTo(Batch.Status.COLLECTED);
        assertThat(invoices.get(first.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(second.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
        Allocation paid = payments.activeAllocationsOf(first.getId()).get(0);
        Payment payment = payments.get(paid.paymentId());
        assertThat(payment.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(payment.reference()).isEqualTo(first.getNumber());
        assertThat(payment.receivedOn()).isEqualTo(debits.today());
        assertThat(payment.payerIban()).isEqualTo(mandate.iban());
        assertThat(payment.recordedBy()).isEqualTo(DirectDebits.AUTOMATIC);

        // no funds on the second (a RCUR): reopened, the mandate's series goes on
        Debit noFunds = debits.rejected(second.getNumber(), "AM04", debits.today(), "banque");
        assertThat(noFunds.status()).isEqualTo(Debit.Status.REJECTED);
        assertThat(invoices.get(second.getId()).getStatus()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.get(second.getId()).balance().amount()).isEqualByComparingTo("30.00");
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.RCUR);
        // no mandate, says the debtor's bank, on the first: reopened, the next debit a first one again
        debits.rejected(first.getNumber(), "MD01", debits.today(), "banque");
        Invoice reopened = invoices.get(first.getId());
        assertThat(reopened.getStatus()).isNotEqualTo(InvoiceStatus.PAID);
        assertThat(reopened.balance().amount()).isEqualByComparingTo("120.00");
        assertThat(payments.allocationsOf(first.getId())).singleElement().satisfies(a -> {
            assertThat(a.isActive()).isFalse();
            assertThat(a.undoReason()).contains("MD01").contains(first.getNumber());
        });
        assertThat(payments.creditOf(organisation).amount())
                .as("the money went back to the debtor: no credit left to the customer")
                .isEqualByComparingTo("0.00");
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.FRST);
        assertThat(invoices.history(first.getId())).extracting(e -> e.change()).contains("direct-debit-rejected");
        assertThat(debits.dueOn(targetDayFrom(first.getDueDate())))
                .as("a rejected invoice may be debited again")
                .extracting(DirectDebits.Candidate::invoiceId)
                .contains(first.getId());

        assertThatThrownBy(() -> debits.rejected(first.getNumber(), "MD01", debits.today(), "banque"))
                .as("rejected once")
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.no-debit");
        assertThatThrownBy(() -> debits.rejected("FA-0000-000000", "AM04", null, "banque"))
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.no-debit");
    }

    @Test
    void aBatchCancelledBeforeItsDateFreesItsInvoicesAndGivesTheFirstDebitBack() {
        long organisation = customerUser().getCustomerOrganisationId();
        Mandate mandate = active(organisation, MandateKind.RECURRING);
        Invoice invoice = issued(organisation, "40.00");
        LocalDate collection = targetDayFrom(invoice.getDueDate());
        Batch batch = debits.create(collection, "test");
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.RCUR);
        assertThatThrownBy(() -> debits.rejected(invoice.getNumber(), "ZZ99", null, "banque"))
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.reason-code");

        HttpSession billing = billing();
        billing.get("/back/billing/direct-debits/" + batch.id());
        assertThat(billing.post("/back/billing/direct-debits/" + batch.id() + "/cancel")
                        .statusCode())
                .isEqualTo(302);
        assertThat(debits.batch(batch.id()).status()).isEqualTo(Batch.Status.CANCELLED);
        assertThat(mandates.get(mandate.id()).nextSequence()).isEqualTo(SequenceType.FRST);
        assertThat(debits.liveDebitOf(invoice.getId())).isEmpty();
        assertThat(debits.dueOn(collection))
                .extracting(DirectDebits.Candidate::invoiceId, DirectDebits.Candidate::sequence)
                .contains(org.assertj.core.groups.Tuple.tuple(invoice.getId(), SequenceType.FRST));
        assertThatThrownBy(() -> debits.collect(batch.id(), "test"))
                .hasFieldOrPropertyWithValue("messageKey", "billing.sepa.error.not-collectable");
    }

    private Mandate prepared(long organisation, MandateKind kind) {
        return mandates.create(
                new NewMandate(organisation, kind, "Débiteur " + organisation, "FR7630004000031234567890143", null),
                "test");
    }

    private Mandate active(long organisation, MandateKind kind) {
        Mandate mandate = prepared(organisation, kind);
        return mandates.uploadProof(mandate.id(), mandate.version(), mandates.today(), "mandat.pdf", PDF, "test");
    }

    private Invoice issued(long organisation, String net) {
        Invoice drafted = invoices.create(
                new InvoiceDraft(
                        organisation,
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
                                BigDecimal.ONE,
                                Unit.PACKAGE,
                                Money.euros(net),
                                BigDecimal.ZERO,
                                VatRate.STANDARD,
                                null,
                                null,
                                null))),
                "test");
        return invoices.validateDraft(drafted.getId(), drafted.getVersion(), "test");
    }

    private static LocalDate targetDayFrom(LocalDate day) {
        LocalDate date = day;
        while (!DebitDates.isTargetDay(date)) {
            date = date.plusDays(1);
        }
        return date;
    }

    private HttpSession billing() {
        HttpSession session = new HttpSession(port);
        session.login(staff(Role.BACK_OFFICE, Role.BILLING).getUsername(), PASSWORD);
        return session;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static String text(HttpResponse<String> response) {
        return HtmlUtils.htmlUnescape(response.body())
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }
}
