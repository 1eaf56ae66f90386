package fr.guichet;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a module test ({@code @ApplicationModuleTest}) needs from the application's root package, which it does not
 * scan: the database mapping shared by every module.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(PersistenceConfiguration.class)
public class ModuleTestConfiguration {}
