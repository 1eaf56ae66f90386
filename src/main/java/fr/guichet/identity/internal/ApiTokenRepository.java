package fr.guichet.identity.internal;

import fr.guichet.identity.ApiToken;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("SELECT * FROM identity_api_token ORDER BY revoked_at NULLS FIRST, created_at DESC")
    List<ApiToken> findAllOrdered();

    /** Records a use at most once a minute, without touching the version: a token is not edited by its use. */
    @Modifying
    @Query("UPDATE identity_api_token SET last_used_at = :now WHERE id = :id"
            + " AND (last_used_at IS NULL OR last_used_at < :threshold)")
    int touch(@Param("id") long id, @Param("now") OffsetDateTime now, @Param("threshold") OffsetDateTime threshold);
}
