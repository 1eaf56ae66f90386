package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only through their public faces, without cycles, and only on the modules their
 * {@code package-info.java} allows.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GuichetApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Every module says what it may use ({@code allowedDependencies}, so that {@link #modulesRespectTheirBoundaries}
     * proves the declared graph) and that its public face is null-marked.
     */
    @Test
    void everyModuleDeclaresItsDependenciesAndNullness() throws ClassNotFoundException {
        for (var module : modules) {
            String base = module.getBasePackage().getName();
            Package root = Class.forName(base + ".package-info").getPackage();
            ApplicationModule declared = root.getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", base).isNotNull();
            assertThat(declared.allowedDependencies())
                    .as("allowedDependencies of %s", base)
                    .isNotEqualTo(new String[] {ApplicationModule.OPEN_TOKEN});
            assertThat(root.getAnnotation(NullMarked.class))
                    .as("@NullMarked on %s", base)
                    .isNotNull();
        }
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
