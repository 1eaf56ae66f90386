package fr.guichet.website.internal;

import fr.guichet.website.NewsItem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** The news items; lists newest first, by keyset on (date, id). */
public interface NewsRepository extends ListCrudRepository<NewsItem, Long> {

    String VISIBLE = "status = 'PUBLISHED' AND publish_at <= :now";

    Optional<NewsItem> findBySlug(String slug);

    @Query("SELECT * FROM website_news WHERE language = :language AND " + VISIBLE
            + " ORDER BY news_date DESC, id DESC LIMIT :limit")
    List<NewsItem> firstVisible(
            @Param("language") String language, @Param("now") OffsetDateTime now, @Param("limit") int limit);

    @Query("SELECT * FROM website_news WHERE language = :language AND " + VISIBLE
            + " AND (news_date < :date OR (news_date = :date AND id < :id))"
            + " ORDER BY news_date DESC, id DESC LIMIT :limit")
    List<NewsItem> visibleAfter(
            @Param("language") String language,
            @Param("now") OffsetDateTime now,
            @Param("date") LocalDate date,
            @Param("id") long id,
            @Param("limit") int limit);

    @Query("SELECT COUNT(*) FROM website_news WHERE language = :language AND " + VISIBLE)
    long countVisible(@Param("language") String language, @Param("now") OffsetDateTime now);

    @Query("SELECT * FROM website_news WHERE " + VISIBLE + " ORDER BY news_date DESC, id DESC")
    List<NewsItem> allVisible(@Param("now") OffsetDateTime now);

    @Query("SELECT * FROM website_news ORDER BY news_date DESC, id DESC LIMIT :limit")
    List<NewsItem> first(@Param("limit") int limit);

    @Query("SELECT * FROM website_news WHERE news_date < :date OR (news_date = :date AND id < :id)"
            + " ORDER BY news_date DESC, id DESC LIMIT :limit")
    List<NewsItem> after(@Param("date") LocalDate date, @Param("id") long id, @Param("limit") int limit);

    @Query("SELECT COUNT(*) FROM website_news WHERE status = 'PUBLISHED'")
    long countPublished();

    /** Scheduled items whose instant has come and that the cache has not been told of. */
    @Query("SELECT * FROM website_news WHERE " + VISIBLE + " AND announced = FALSE ORDER BY id")
    List<NewsItem> dueUnannounced(@Param("now") OffsetDateTime now);

    /** Records that the cache was told; not an edit: the version stays. */
    @Modifying
    @Query("UPDATE website_news SET announced = TRUE WHERE id = :id")
    int markAnnounced(@Param("id") long id);

    /** The items whose text shows a media file (its address {@code /media/{id}/}). */
    @Query("SELECT * FROM website_news WHERE body_markdown LIKE :pattern ORDER BY news_date DESC, id DESC")
    List<NewsItem> withBodyLike(@Param("pattern") String pattern);
}
