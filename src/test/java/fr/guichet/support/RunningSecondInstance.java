package fr.guichet.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A {@link SecondInstance} for the tests of one class ({@code @RegisterExtension}): started on the first instance's
 * settings before the class's first test, closed after its last.
 */
public final class RunningSecondInstance implements BeforeAllCallback, AfterAllCallback {

    private ConfigurableApplicationContext context;

    @Override
    public void beforeAll(ExtensionContext extension) {
        context = SecondInstance.start(
                SpringExtension.getApplicationContext(extension).getEnvironment());
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (context != null) {
            context.close();
        }
    }

    /** The second instance's application context. */
    public ConfigurableApplicationContext context() {
        return context;
    }
}
