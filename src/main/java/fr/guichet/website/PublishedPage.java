package fr.guichet.website;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A page as visitors see it: its published version's text in each language it is written in. */
public record PublishedPage(
        long id, PageKind kind, @Nullable Integer menuPosition, Instant publishedAt, List<PageText> texts) {

    public PublishedPage {
        texts = List.copyOf(texts);
    }

    public Optional<PageText> text(Language language) {
        return texts.stream().filter(t -> t.language() == language).findFirst();
    }

    /** Its address in a language ("/fr/a-propos", "/en" for the English home, "/services"), if it is written in it. */
    public Optional<String> path(Language language) {
        return text(language).map(text -> switch (kind) {
            case HOME -> language == Language.FR ? "/" : "/en";
            case SERVICES -> "/services";
            default -> "/" + language.code() + "/" + text.slug();
        });
    }
}
