package fr.guichet.knowledge;

/**
 * A published public article as the help centre lists it: its address, title and summary in one language.
 *
 * @param language the language of this text ("fr", "en"): the reader's, or the other when it is not translated
 */
public record HelpLink(long id, String slug, String title, String summary, String language) {}
