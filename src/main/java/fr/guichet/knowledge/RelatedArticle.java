package fr.guichet.knowledge;

import org.springframework.data.relational.core.mapping.Table;

/** An article that another one points its readers to ("see also"). */
@Table("knowledge_related")
public record RelatedArticle(Long relatedId) {}
