package fr.guichet.website;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.Map;

/** A published version of a page, kept: its number, who published it and when, its title in each language. */
public record PageVersion(int number, String publishedBy, Instant publishedAt, Map<Language, String> titles) {

    public PageVersion {
        titles = Map.copyOf(titles);
    }

    public String titleIn(String languageCode) {
        return title(Language.ofCode(languageCode));
    }

    public String title(Language language) {
        return titles.getOrDefault(
                language, titles.values().stream().findFirst().orElse(""));
    }
}
