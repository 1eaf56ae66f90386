package fr.guichet.knowledge.internal;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Base64;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V48: the installation's secret that signs the deflection forms' tokens (one random value, drawn here once,
 * the same for every instance sharing the database), so that only tokens Guichet issued are counted.
 */
@Component
class V48__Deflection_secret extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(
                    "CREATE TABLE knowledge_deflection_secret (id INT PRIMARY KEY, secret VARCHAR(64) NOT NULL)");
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO knowledge_deflection_secret (id, secret) VALUES (1, ?)")) {
            insert.setString(1, Base64.getEncoder().encodeToString(secret));
            insert.executeUpdate();
        }
    }
}
