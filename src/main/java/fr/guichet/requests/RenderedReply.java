package fr.guichet.requests;

import fr.guichet.shared.Language;

/** A saved reply filled for one request by the person using it: the text to insert into the answer. */
public record RenderedReply(long id, String title, Language language, String text) {}
