package fr.guichet.quotes.web;

import fr.guichet.quotes.Quote;
import fr.guichet.shared.Language;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A quote's heading as typed: customer, title, validity date, notes, language of the PDF; the version read. */
record QuoteHeaderForm(
        Long organisationId,
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
        String notes,
        Language language,
        int version) {

    static QuoteHeaderForm blank(Long organisationId, LocalDate validUntil) {
        return new QuoteHeaderForm(organisationId, "", validUntil, "", Language.FR, 0);
    }

    static QuoteHeaderForm of(Quote q) {
        return new QuoteHeaderForm(
                q.getOrganisationId(),
                q.getTitle(),
                q.getValidUntil(),
                q.getNotes() == null ? "" : q.getNotes(),
                q.getLanguage(),
                q.getVersion());
    }
}
