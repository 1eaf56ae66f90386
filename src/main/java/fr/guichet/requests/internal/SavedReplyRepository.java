package fr.guichet.requests.internal;

import fr.guichet.requests.SavedReply;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SavedReplyRepository extends ListCrudRepository<SavedReply, Long> {

    /** A person's own replies and their team's (none for no team), by title. */
    @Query("SELECT * FROM requests_saved_reply WHERE owner_id = :ownerId OR team_id = :teamId ORDER BY title, id")
    List<SavedReply> ownAndTeams(long ownerId, @Nullable Long teamId);

    /** A person's own replies and every team's, by title (what an administrator keeps). */
    @Query("SELECT * FROM requests_saved_reply WHERE owner_id = :ownerId OR team_id IS NOT NULL ORDER BY title, id")
    List<SavedReply> ownAndEveryTeams(long ownerId);
}
