package fr.guichet.knowledge;

/**
 * An article's text in one language as its writer typed it.
 *
 * @param title the title
 * @param slug the address within the help centre ({@code /help/articles/{slug}}); blank: made from the title
 * @param summary a line shown in lists and search results; blank: the body's beginning
 * @param bodyMarkdown the body, in Markdown (sanitised when stored)
 */
public record TranslationContent(String title, String slug, String summary, String bodyMarkdown) {

    /** Whether nothing was typed in this language (the article is then not written in it). */
    public boolean isEmpty() {
        return blank(title) && blank(slug) && blank(summary) && blank(bodyMarkdown);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
