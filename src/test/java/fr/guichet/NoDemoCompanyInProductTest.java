package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo company (its name, and so its addresses) appears only in the demo module: the product's code, messages and
 * templates read the company's identity from its profile ({@code fr.guichet.company}).
 */
class NoDemoCompanyInProductTest {

    private static final String DEMO_COMPANY = "helios";
    private static final Path MAIN = Path.of("src", "main");
    private static final Path DEMO_MODULE = MAIN.resolve(Path.of("java", "fr", "guichet", "demo"));

    @Test
    void theDemoCompanyIsNamedNowhereInTheProductButInTheDemoModule() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(filesUnder(MAIN.resolve("java")));
        files.addAll(filesUnder(MAIN.resolve(Path.of("resources", "templates"))));
        try (Stream<Path> resources = Files.list(MAIN.resolve("resources"))) {
            resources
                    .filter(file -> file.getFileName().toString().matches("messages.*\\.properties"))
                    .forEach(files::add);
        }
        assertThat(files)
                .as("the product's sources are where this test looks for them")
                .anyMatch(file -> file.endsWith("messages.properties"))
                .anyMatch(file -> file.endsWith(Path.of("layout", "public.html")));

        List<String> naming = new ArrayList<>();
        for (Path file : files) {
            if (file.startsWith(DEMO_MODULE)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).toLowerCase(Locale.ROOT).contains(DEMO_COMPANY)) {
                    naming.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(naming)
                .as("lines that name the demo company outside fr.guichet.demo")
                .isEmpty();
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
