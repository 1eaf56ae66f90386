package fr.guichet.billing.reminders;

import java.time.Instant;
import java.util.Locale;

/**
 * A reminder level: how many days after the due date it is sent, its email's subject and body in French and English
 * (with {@link ReminderText}'s placeholders), whether it is the formal notice ("mise en demeure"). Levels go in the
 * order of their {@code position}: an invoice gets level 2 only after level 1.
 */
public record ReminderLevel(
        long id,
        int position,
        String code,
        int delayDays,
        boolean formalNotice,
        String subjectFr,
        String bodyFr,
        String subjectEn,
        String bodyEn,
        Instant updatedAt,
        String updatedBy,
        int version) {

    public String subject(Locale language) {
        return english(language) ? subjectEn : subjectFr;
    }

    public String body(Locale language) {
        return english(language) ? bodyEn : bodyFr;
    }

    private static boolean english(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }
}
