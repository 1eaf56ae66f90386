package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.CustomerStatus;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.shared.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message exists in French and in English, and every key the code and the pages use exists. */
class I18nMessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9._-]*)[}(]");
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"\\{?((?:identity|admin|account|validation|login|error)\\.[a-z0-9.-]*[a-z0-9])\\}?\"");

    private final Properties french = load("messages.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        assertThat(missingInEnglish)
                .as("keys missing from messages_en.properties")
                .isEmpty();
        assertThat(missingInFrench).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(french.stringPropertyNames())
                .allMatch(key -> !french.getProperty(key).isBlank());
        assertThat(english.stringPropertyNames())
                .allMatch(key -> !english.getProperty(key).isBlank());
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        assertThat(keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(french).as("template key " + key).containsKey(key));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        assertThat(keysIn(SOURCES, ".java", JAVA_KEY))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(french).as("code key " + key).containsKey(key));
    }

    @Test
    void everyEnumShownInPagesHasItsLabel() {
        Stream.of(
                        prefixed("role.", Role.values()),
                        prefixed("admin.kind.", AccountKind.values()),
                        prefixed("office.", Office.values()),
                        prefixed("language.", Language.values()),
                        prefixed("customer.status.", CustomerStatus.values()),
                        Stream.of("404", "403", "401", "405", "400", "413", "500", "other")
                                .flatMap(k -> Stream.of("error." + k + ".title", "error." + k + ".text")))
                .flatMap(s -> s)
                .forEach(key -> assertThat(french).as(key).containsKey(key));
    }

    private static Stream<String> prefixed(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(value -> prefix + value.name());
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
