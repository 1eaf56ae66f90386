package fr.guichet.knowledge.internal;

import fr.guichet.knowledge.KnowledgeCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CategoryRepository extends ListCrudRepository<KnowledgeCategory, Long> {

    Optional<KnowledgeCategory> findBySlug(String slug);

    @Query("SELECT * FROM knowledge_category ORDER BY position, name_fr")
    List<KnowledgeCategory> findAllOrdered();
}
