package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session that add the same attribute at once (a double click on a form whose answer carries a
 * flash message) both succeed: the attribute is written by an upsert, on H2 as on PostgreSQL; the last write wins.
 */
class SessionAttributesIT extends IntegrationTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoCopiesOfOneSessionAddTheSameAttributeWithoutADuplicateKey() {
        SessionRepository<Session> sessions = (SessionRepository) this.sessions;
        Session created = sessions.createSession();
        sessions.save(created);
        // each request reads the session before the other writes it back: both see the attribute as new
        Session first = sessions.findById(created.getId());
        Session second = sessions.findById(created.getId());
        first.setAttribute("flash", "first click");
        second.setAttribute("flash", "second click");

        sessions.save(first);
        sessions.save(second);

        assertThat((String) sessions.findById(created.getId()).getAttribute("flash"))
                .isEqualTo("second click");
        sessions.deleteById(created.getId());
    }
}
