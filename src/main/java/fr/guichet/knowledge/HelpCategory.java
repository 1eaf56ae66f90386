package fr.guichet.knowledge;

import java.util.List;

/** A section of the help centre with its published public articles (all, or the first few) and their count. */
public record HelpCategory(long id, String slug, String name, List<HelpLink> articles, int count) {}
