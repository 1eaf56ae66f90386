package fr.guichet.demo;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * {@code guichet.demo-data}: {@code true}, {@code false}, or {@code auto} (the default), which seeds an embedded H2
 * database and never a PostgreSQL one.
 */
record DemoDataSetting(boolean enabled) {

    static DemoDataSetting from(Environment environment) {
        String value =
                environment.getProperty("guichet.demo-data", "auto").strip().toLowerCase(Locale.ROOT);
        String url = environment.getProperty("spring.datasource.url", "");
        return switch (value) {
            case "true", "yes", "on" -> new DemoDataSetting(true);
            case "false", "no", "off" -> new DemoDataSetting(false);
            default -> new DemoDataSetting(url.startsWith("jdbc:h2:"));
        };
    }
}
