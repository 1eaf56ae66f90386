package fr.guichet.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which database the integration tests run on. The build runs them twice: on H2 ({@code guichet.test.database=h2},
 * also the default in an IDE) and on PostgreSQL ({@code guichet.test.database=postgres}) at
 * {@code GUICHET_TEST_POSTGRES_URL}. Without that variable the PostgreSQL pass is skipped with its reason, unless
 * {@code GUICHET_REQUIRE_POSTGRES=true} (CI), which turns the skip into a failure.
 */
public final class TestDatabase implements ExecutionCondition {

    static final String H2_URL = "jdbc:h2:mem:guichet-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("guichet.test.database", "h2"));
    }

    public static String postgresUrl() {
        return System.getenv("GUICHET_TEST_POSTGRES_URL");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgres()) {
            return ConditionEvaluationResult.enabled("H2 pass");
        }
        if (postgresUrl() != null && !postgresUrl().isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL pass on " + postgresUrl());
        }
        if (Boolean.parseBoolean(System.getenv("GUICHET_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException(
                    "GUICHET_REQUIRE_POSTGRES=true but GUICHET_TEST_POSTGRES_URL is not set: the PostgreSQL pass cannot run");
        }
        return ConditionEvaluationResult.disabled(
                "PostgreSQL pass skipped: set GUICHET_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/guichet_test) to run it");
    }

    /** Points the application under test at the chosen database. */
    public static void register(DynamicPropertyRegistry registry) {
        if (postgres() && postgresUrl() != null) {
            registry.add("spring.datasource.url", TestDatabase::postgresUrl);
            registry.add("spring.datasource.username", () -> env("GUICHET_TEST_POSTGRES_USER", "postgres"));
            registry.add("spring.datasource.password", () -> env("GUICHET_TEST_POSTGRES_PASSWORD", ""));
        } else {
            registry.add("spring.datasource.url", () -> H2_URL);
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
