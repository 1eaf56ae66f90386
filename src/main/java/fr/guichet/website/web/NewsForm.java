package fr.guichet.website.web;

import fr.guichet.shared.Language;
import fr.guichet.website.NewsDraft;
import fr.guichet.website.NewsItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A news item as the webmaster types it; kept as typed when something is refused. */
record NewsForm(
        @NotNull(message = "{validation.required}") Language language,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max-length}")
        String title,

        @Size(max = 160, message = "{validation.max-length}")
        String slug,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotBlank(message = "{validation.required}") @Size(max = 400, message = "{validation.max-length}")
        String summary,

        @Size(max = 60000, message = "{validation.max-length}")
        String bodyMarkdown,

        int version) {

    static NewsForm blank(Language language, LocalDate today) {
        return new NewsForm(language, "", "", today, "", "", 0);
    }

    static NewsForm of(NewsItem item) {
        return new NewsForm(
                item.getLanguage(),
                item.getTitle(),
                item.getSlug(),
                item.getDate(),
                item.getSummary(),
                item.getBodyMarkdown(),
                item.getVersion());
    }

    NewsDraft draft() {
        return new NewsDraft(language, title, slug, date, summary, bodyMarkdown);
    }
}
