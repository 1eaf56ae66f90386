package fr.guichet.catalogue.internal;

import fr.guichet.catalogue.CatalogueItem;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CatalogueItemRepository extends ListCrudRepository<CatalogueItem, Long> {

    Optional<CatalogueItem> findByCode(String code);

    @Query("SELECT * FROM catalogue_item ORDER BY active DESC, code")
    List<CatalogueItem> findAllOrdered();

    @Query("SELECT * FROM catalogue_item WHERE public_item = TRUE AND active = TRUE ORDER BY code")
    List<CatalogueItem> findPublic();
}
