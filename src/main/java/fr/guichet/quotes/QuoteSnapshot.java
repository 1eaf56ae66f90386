package fr.guichet.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A revision of a quote as it was sent, kept beside its PDF: readable after the quote changed. */
public record QuoteSnapshot(
        String reference,
        int revision,
        String title,
        LocalDate validUntil,
        @Nullable String notes,
        String language,
        List<QuoteLine> lines,
        BigDecimal totalNet,
        BigDecimal totalGross,
        String termsSha256) {

    static QuoteSnapshot of(Quote quote) {
        return new QuoteSnapshot(
                quote.getReference(),
                quote.getRevision(),
                quote.getTitle(),
                quote.getValidUntil(),
                quote.getNotes(),
                quote.getLanguage().code(),
                quote.getLines(),
                quote.getTotalNet().amount(),
                quote.getTotalGross().amount(),
                String.valueOf(quote.getTermsSha256()));
    }
}
