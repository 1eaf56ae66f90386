package fr.guichet.knowledge;

public record ArticleDraft(String title, String bodyMarkdown, String sourceRequest) {}
