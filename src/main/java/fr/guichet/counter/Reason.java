package fr.guichet.counter;

import java.util.Locale;

/**
 * A reason for coming to the counter, with the letter its tickets carry ({@code A-042}) and its label in both
 * languages; an inactive reason is no longer offered at the kiosk, its tickets stay.
 */
public record Reason(
        long id, String letter, String labelFr, String labelEn, boolean active, int position, int version) {

    /** The label in the reader's language (French unless English). */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
