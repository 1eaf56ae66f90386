package fr.guichet.knowledge.internal;

import fr.guichet.knowledge.KnowledgeArticle;
import org.springframework.data.repository.ListCrudRepository;

public interface ArticleRepository extends ListCrudRepository<KnowledgeArticle, Long> {}
