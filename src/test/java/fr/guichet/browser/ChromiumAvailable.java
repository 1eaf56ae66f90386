package fr.guichet.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's Chromium and ChromeDriver. Without them the tests are skipped with the reason, unless
 * {@code GUICHET_REQUIRE_BROWSER=true} (CI), which makes their absence a failure.
 */
public class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GUICHET_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("GUICHET_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        String reason = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                + " is missing (Debian packages chromium and chromium-driver)";
        if (Boolean.parseBoolean(System.getenv("GUICHET_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("GUICHET_REQUIRE_BROWSER=true but " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
