package fr.guichet;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a module test ({@code @ApplicationModuleTest}) needs from the application's root package, which it does not
 * scan: the database mapping shared by every module.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class ModuleTestConfiguration {

    /**
     * The migrations written in Java are beans of their modules (the knowledge module's search columns…): a module test
     * that does not start those modules does not see them, though the shared test database has them applied.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsOfModulesNotStarted() {
        return configuration -> configuration.ignoreMigrationPatterns("*:missing");
    }
}
