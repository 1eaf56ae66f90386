package fr.guichet.zones.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session at once (a double click on a form that sets a flash message, two tabs) both add the same
 * session attribute: Spring Session's plain INSERT then fails the second with a duplicate key, and the user sees an
 * error page for a change that was made. The attribute is written as an upsert instead, as Spring Session advises:
 * {@code ON CONFLICT … DO UPDATE} on PostgreSQL, {@code MERGE … KEY} on H2.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributesUpsert {

    static final String POSTGRESQL =
            "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) VALUES (?, ?, ?)"
                    + " ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)"
                    + " DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES";

    static final String H2 = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)"
            + " KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributesWrittenByUpsert(DataSource dataSource) {
        String product = product(dataSource);
        return repository -> {
            if (product.contains("postgresql")) {
                repository.setCreateSessionAttributeQuery(POSTGRESQL);
            } else if (product.contains("h2")) {
                repository.setCreateSessionAttributeQuery(H2);
            }
        };
    }

    private static String product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (SQLException unreachable) {
            return "";
        }
    }
}
