package fr.guichet.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.shared.Language;
import fr.guichet.shared.VatRate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The quote's life: drafting, sending, revisions, acceptance with its proof, the expiry rule, declining. */
class QuoteTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final String TERMS = "a".repeat(64);
    static final String PDF = "b".repeat(64);

    static Quote draft() {
        return Quote.draft(
                "DEV-2026-00001",
                7,
                null,
                "Installation",
                TODAY.plusDays(30),
                null,
                Language.FR,
                "Camille",
                TODAY,
                NOW);
    }

    static QuoteLine line(String price, String quantity, String discount, VatRate rate) {
        return new QuoteLine(
                null,
                "Intervention",
                new BigDecimal(quantity),
                Unit.HOUR,
                new BigDecimal(price),
                new BigDecimal(discount),
                rate,
                rate == VatRate.ZERO ? "TVA non applicable, art. 293 B du CGI" : null,
                Recurrence.ONE_OFF);
    }

    static Quote sent() {
        Quote quote = draft();
        quote.addLine(line("100.00", "2", "0", VatRate.STANDARD), NOW);
        quote.send(TERMS, TODAY, NOW);
        return quote;
    }

    static AcceptanceProof proof() {
        return new AcceptanceProof("Marie Martin", "Gérante", NOW, "192.0.2.10", PDF, TERMS);
    }

    @Test
    void aDraftKeepsItsTotalsAsLinesAreAddedAndRemoved() {
        Quote quote = draft();
        quote.addLine(line("100.00", "2", "10", VatRate.STANDARD), NOW);
        quote.addLine(line("33.33", "3", "0", VatRate.REDUCED), NOW);
        assertThat(quote.getTotalNet().amount()).isEqualByComparingTo("279.99");
        // 180.00 × 20 % = 36.00 ; 99.99 × 5.5 % = 5.49945 → 5.50
        assertThat(quote.getTotalGross().amount()).isEqualByComparingTo("321.49");
        quote.removeLine(0, NOW);
        assertThat(quote.getTotalNet().amount()).isEqualByComparingTo("99.99");
    }

    @Test
    void aQuoteWithoutLinesOrWithAPassedDateIsNotSent() {
        Quote empty = draft();
        assertThatThrownBy(() -> empty.send(TERMS, TODAY, NOW))
                .isInstanceOf(QuoteRuleViolation.class)
                .hasMessageContaining("quotes.error.no-lines");
        Quote quote = draft();
        quote.addLine(line("10.00", "1", "0", VatRate.STANDARD), NOW);
        assertThatThrownBy(() -> quote.send(TERMS, TODAY.plusDays(31), NOW))
                .hasMessageContaining("quotes.error.valid-until");
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFT);
    }

    @Test
    void aSentQuoteThatChangesBecomesTheNextRevisionADraftAgain() {
        Quote quote = sent();
        assertThat(quote.getRevision()).isEqualTo(1);
        quote.addLine(line("50.00", "1", "0", VatRate.STANDARD), NOW);
        assertThat(quote.getRevision()).isEqualTo(2);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.getSentAt()).isNull();
        quote.addLine(line("5.00", "1", "0", VatRate.STANDARD), NOW);
        assertThat(quote.getRevision())
                .as("a draft's changes stay in its revision")
                .isEqualTo(2);
        quote.send(TERMS, TODAY, NOW);
        quote.change("Installation et suivi", TODAY.plusDays(40), "Note", Language.EN, TODAY, NOW);
        assertThat(quote.getRevision()).isEqualTo(3);
    }

    @Test
    void acceptingKeepsTheProof() {
        Quote quote = sent();
        quote.accept(proof(), TODAY);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(quote.getSignerName()).isEqualTo("Marie Martin");
        assertThat(quote.getSignerRole()).isEqualTo("Gérante");
        assertThat(quote.getAcceptedAt()).isEqualTo(NOW);
        assertThat(quote.getAcceptedIp()).isEqualTo("192.0.2.10");
        assertThat(quote.getAcceptedPdfSha256()).isEqualTo(PDF);
        assertThat(quote.getTermsSha256()).isEqualTo(TERMS);
        assertThat(quote.events()).hasSize(1).first().isInstanceOf(QuoteAccepted.class);
        assertThatThrownBy(() -> quote.addLine(line("1.00", "1", "0", VatRate.STANDARD), NOW))
                .hasMessageContaining("quotes.error.not-editable");
        assertThatThrownBy(() -> quote.accept(proof(), TODAY)).hasMessageContaining("quotes.error.not-sent");
    }

    @Test
    void anExpiredQuoteCannotBeAcceptedButItsLastDayStillCan() {
        Quote lastDay = sent();
        lastDay.accept(proof(), lastDay.getValidUntil());
        assertThat(lastDay.getStatus()).isEqualTo(QuoteStatus.ACCEPTED);

        Quote late = sent();
        LocalDate dayAfter = late.getValidUntil().plusDays(1);
        assertThat(late.statusOn(dayAfter)).isEqualTo(QuoteStatus.EXPIRED);
        assertThatThrownBy(() -> late.accept(proof(), dayAfter))
                .isInstanceOf(QuoteRuleViolation.class)
                .hasMessageContaining("quotes.error.expired");
        assertThat(late.getStatus()).isEqualTo(QuoteStatus.SENT);
        assertThat(late.getSignerName()).isNull();

        assertThat(late.expireIfOver(dayAfter, NOW)).isTrue();
        assertThatThrownBy(() -> late.accept(proof(), late.getValidUntil()))
                .hasMessageContaining("quotes.error.expired");
        late.change("Installation", dayAfter.plusDays(30), null, Language.FR, dayAfter, NOW);
        assertThat(late.getRevision())
                .as("an expired quote is revised with a new date")
                .isEqualTo(2);
    }

    @Test
    void theProofNeedsANameARoleAndTheTermsSent() {
        assertThatThrownBy(() -> new AcceptanceProof(" ", "Gérante", NOW, "ip", PDF, TERMS))
                .hasMessageContaining("quotes.error.signer-name");
        assertThatThrownBy(() -> new AcceptanceProof("Marie", "", NOW, "ip", PDF, TERMS))
                .hasMessageContaining("quotes.error.signer-role");
        Quote quote = sent();
        assertThatThrownBy(() ->
                        quote.accept(new AcceptanceProof("Marie", "Gérante", NOW, "ip", PDF, "c".repeat(64)), TODAY))
                .hasMessageContaining("quotes.error.terms-changed");
    }

    @Test
    void declinedWithAReasonOnly() {
        Quote quote = sent();
        assertThatThrownBy(() -> quote.decline("  ", NOW)).hasMessageContaining("quotes.error.reason");
        assertThatThrownBy(() -> quote.decline("x".repeat(1001), NOW)).hasMessageContaining("quotes.error.reason");
        quote.decline("Trop cher", NOW);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(quote.getDeclineReason()).isEqualTo("Trop cher");
        assertThatThrownBy(() -> draft().decline("Non", NOW)).hasMessageContaining("quotes.error.not-sent");
    }

    @Test
    void onlyAnAcceptedQuoteIsTurnedIntoAContractAndAnInvoiceOnceEach() {
        Quote quote = sent();
        assertThatThrownBy(() -> quote.madeContract(1, NOW)).hasMessageContaining("quotes.error.not-accepted");
        quote.accept(proof(), TODAY);
        quote.madeContract(1, NOW);
        quote.madeInvoice(2, NOW);
        assertThatThrownBy(() -> quote.madeContract(3, NOW)).hasMessageContaining("quotes.error.contract-made");
        assertThatThrownBy(() -> quote.madeInvoice(3, NOW)).hasMessageContaining("quotes.error.invoice-made");
    }

    @Test
    void aLineRefusesWhatAnInvoiceWouldRefuse() {
        assertThatThrownBy(() -> line("10.00", "-1", "0", VatRate.STANDARD))
                .hasMessageContaining("quotes.error.quantity");
        assertThatThrownBy(() -> line("10.001", "1", "0", VatRate.STANDARD)).hasMessageContaining("quotes.error.price");
        assertThatThrownBy(() -> line("10.00", "1", "100.01", VatRate.STANDARD))
                .hasMessageContaining("quotes.error.discount");
        assertThatThrownBy(() -> new QuoteLine(
                        null,
                        "Formation",
                        BigDecimal.ONE,
                        Unit.DAY,
                        BigDecimal.TEN,
                        BigDecimal.ZERO,
                        VatRate.ZERO,
                        null,
                        Recurrence.ONE_OFF))
                .hasMessageContaining("quotes.error.exemption");
        assertThatThrownBy(() -> new QuoteLine(
                        null,
                        "x",
                        BigDecimal.ONE,
                        Unit.DAY,
                        BigDecimal.TEN,
                        BigDecimal.ZERO,
                        null,
                        null,
                        Recurrence.ONE_OFF))
                .hasMessageContaining("quotes.error.vat-rate");
        assertThat(line("10.00", "1", "100", VatRate.STANDARD).net().amount()).isEqualByComparingTo("0.00");
    }
}
