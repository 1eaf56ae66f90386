package fr.guichet.website;

import fr.guichet.shared.Language;
import java.time.LocalDate;

/**
 * A news item as its author writes it.
 *
 * @param language the language it is written in (it shows to the readers of that language)
 * @param title its title
 * @param slug the last part of its address ({@code /news/{slug}}); made from the title when blank
 * @param date the date it shows
 * @param summary a sentence or two, for the list and the feed
 * @param bodyMarkdown its text, in Markdown
 */
public record NewsDraft(
        Language language, String title, String slug, LocalDate date, String summary, String bodyMarkdown) {}
