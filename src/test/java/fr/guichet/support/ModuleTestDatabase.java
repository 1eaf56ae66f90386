package fr.guichet.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The settings of a module test ({@code @ApplicationModuleTest}): the integration tests' database (H2 or PostgreSQL,
 * see {@link TestDatabase}) migrated by Flyway, and the test mail server.
 */
public final class ModuleTestDatabase {

    private ModuleTestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestMail.server().getSmtp().getPort());
        registry.add("guichet.scheduling.enabled", () -> "false");
    }
}
