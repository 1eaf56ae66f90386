package fr.guichet.knowledge.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V47, one migration for both databases (ADR 0032): the deflection tables everywhere; on PostgreSQL only, the
 * full-text search's accent folding function ({@code knowledge_fold}: the {@code unaccent} extension when it can be
 * created, a {@code translate()} of the French accents otherwise), a generated {@code search_vector} column on
 * {@code knowledge_translation} (title weighted A, summary B, body C; the 'french' or 'english' configuration by the
 * translation's language) and its GIN index. A generated column keeps itself up to date: whoever writes an article
 * needs to call nothing. On H2 the search reads the texts and stems them in Java.
 */
@Component
class V47__Knowledge_search extends BaseJavaMigration {

    private static final String DEFLECTION = """
            -- a form (contact page, portal's new request) from which at least one suggested article was opened; the
            -- token is the form's random token. submitted_at: a request was sent from it after all.
            CREATE TABLE knowledge_deflection_form (
                token              VARCHAR(40) PRIMARY KEY,
                channel            VARCHAR(20) NOT NULL,
                first_opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
                submitted_at       TIMESTAMP WITH TIME ZONE,
                request_reference  VARCHAR(40)
            );
            CREATE INDEX knowledge_deflection_form_opened_idx ON knowledge_deflection_form (first_opened_at);
            -- which articles were opened from a form's suggestions (once per form and article)
            CREATE TABLE knowledge_deflection_open (
                token       VARCHAR(40) NOT NULL REFERENCES knowledge_deflection_form (token) ON DELETE CASCADE,
                article_id  BIGINT      NOT NULL REFERENCES knowledge_article (id) ON DELETE CASCADE,
                opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
                PRIMARY KEY (token, article_id)
            );
            CREATE INDEX knowledge_deflection_open_article_idx ON knowledge_deflection_open (article_id)
            """;

    private static final String FOLD_WITH_UNACCENT = """
            CREATE OR REPLACE FUNCTION knowledge_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT lower(%1$s.unaccent('%1$s.unaccent'::regdictionary, $1)) $$
            """;

    private static final String FOLD_WITH_TRANSLATE = """
            CREATE OR REPLACE FUNCTION knowledge_fold(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT translate(replace(replace(lower($1), 'œ', 'oe'), 'æ', 'ae'),
                        'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy') $$
            """;

    private static final String SEARCH_VECTOR = """
            ALTER TABLE knowledge_translation ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END,
                                      knowledge_fold(title)), 'A')
                || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END,
                                         knowledge_fold(summary)), 'B')
                || setweight(to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'french'::regconfig END,
                                         knowledge_fold(body_text)), 'C')) STORED;
            CREATE INDEX knowledge_translation_search_idx ON knowledge_translation USING GIN (search_vector)
            """;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        execute(connection, DEFLECTION);
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        String unaccent = unaccentSchema(connection);
        execute(connection, unaccent == null ? FOLD_WITH_TRANSLATE : FOLD_WITH_UNACCENT.formatted(unaccent));
        execute(connection, SEARCH_VECTOR);
    }

    /** The schema of the unaccent extension, created if the database allows it; null when it cannot be had. */
    private static String unaccentSchema(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            try (var rows = statement.executeQuery(
                    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                            + " WHERE e.extname = 'unaccent'")) {
                String schema = rows.next() ? rows.getString(1) : null;
                connection.releaseSavepoint(before);
                return schema == null ? null : "\"" + schema.replace("\"", "\"\"") + "\"";
            }
        } catch (SQLException refused) {
            connection.rollback(before); // not allowed here (no superuser, extension not installed): own folding
            return null;
        }
    }

    private static void execute(Connection connection, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\\s*\\n")) {
                String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "").strip();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }
}
