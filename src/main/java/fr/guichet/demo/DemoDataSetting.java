package fr.guichet.demo;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * {@code guichet.demo-data}: {@code true}, {@code false}, or {@code auto} (the default), which seeds an embedded H2
 * database and never a PostgreSQL one. {@code guichet.demo-data.life} ({@code true} by default): with the company,
 * twelve months of its life ending today, played by every module's {@link fr.guichet.shared.DemoActivity}; {@code
 * guichet.demo-data.seed} the seed that makes the same company again.
 */
record DemoDataSetting(boolean enabled, boolean life, long seed) {

    static final long DEFAULT_SEED = 2026;

    static DemoDataSetting from(Environment environment) {
        String value =
                environment.getProperty("guichet.demo-data", "auto").strip().toLowerCase(Locale.ROOT);
        String url = environment.getProperty("spring.datasource.url", "");
        boolean life = environment.getProperty("guichet.demo-data.life", Boolean.class, true);
        long seed = environment.getProperty("guichet.demo-data.seed", Long.class, DEFAULT_SEED);
        boolean enabled = switch (value) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> url.startsWith("jdbc:h2:");
        };
        return new DemoDataSetting(enabled, life, seed);
    }
}
