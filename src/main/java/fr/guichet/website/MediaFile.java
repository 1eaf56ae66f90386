package fr.guichet.website;

import fr.guichet.shared.Language;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An image of the media library, without its content.
 *
 * @param filename the name in its address, made safe on upload ("facade-agence.jpg")
 * @param sha256 the content's digest: its ETag
 * @param altFr what the image shows, for readers who do not see it, in French (may be empty: decorative)
 * @param altEn the same in English
 */
public record MediaFile(
        long id,
        String filename,
        String contentType,
        long size,
        @Nullable Integer width,
        @Nullable Integer height,
        String sha256,
        String altFr,
        String altEn,
        String uploadedBy,
        Instant createdAt,
        int version) {

    /** Its address on the site, served to anyone with long cache headers. */
    public String path() {
        return "/media/" + id + "/" + filename;
    }

    public String alt(Language language) {
        return language == Language.EN ? altEn : altFr;
    }

    /** The alternative text in the reader's language. */
    public String altFor(Locale locale) {
        return alt(Language.of(locale));
    }

    public String markdownFr() {
        return markdown(Language.FR);
    }

    public String markdownEn() {
        return markdown(Language.EN);
    }

    /** The Markdown that shows it in a page or a news item, with the alternative text of that language. */
    public String markdown(Language language) {
        String alt = alt(language).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + alt + "](" + path() + ")";
    }

    /** Whether an alternative text is missing in one of the languages. */
    public boolean missesAlt() {
        return altFr.isBlank() || altEn.isBlank();
    }

    /** Size in kilobytes, rounded up, for the list. */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }
}
