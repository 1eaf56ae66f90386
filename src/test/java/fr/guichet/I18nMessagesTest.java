package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.InvoiceStatus;
import fr.guichet.catalogue.Recurrence;
import fr.guichet.catalogue.Unit;
import fr.guichet.contracts.ContractStatus;
import fr.guichet.customers.CustomerImportManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.identity.AccountKind;
import fr.guichet.identity.Office;
import fr.guichet.identity.Role;
import fr.guichet.requests.AgeBucket;
import fr.guichet.requests.Category;
import fr.guichet.requests.Channel;
import fr.guichet.requests.DueWindow;
import fr.guichet.requests.Priority;
import fr.guichet.requests.RequestEventKind;
import fr.guichet.requests.RequestStatus;
import fr.guichet.requests.SavedReplyPlaceholder;
import fr.guichet.requests.SavedReplyScope;
import fr.guichet.shared.Language;
import fr.guichet.shared.VatRate;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
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
    /** A string literal in a template's expressions: a key passed to a fragment, #messages, or a key's prefix. */
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("'([^'\\s]*)'");
    /** A string literal in Java code (a char literal is matched only to be skipped, '"' above all). */
    private static final Pattern JAVA_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** What a message key looks like: dot-separated words; one ending with a dot is the prefix of keys built in code. */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+\\.?");
    /** Dotted literals that are not messages although they start like some: JavaMail's settings. */
    private static final Pattern NOT_A_MESSAGE =
            Pattern.compile("mail\\.(?:store|smtp|smtps|imap|imaps|pop3|transport)\\..*");

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

    /** A key written twice: the second silently replaces the first, whose page then says the other's words. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> twice = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(RESOURCES.resolve(file))) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=") || line.startsWith(" ")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(french.stringPropertyNames())
                .allMatch(key -> !french.getProperty(key).isBlank());
        assertThat(english.stringPropertyNames())
                .allMatch(key -> !english.getProperty(key).isBlank());
    }

    @Test
    void anInvoiceStatusHasOneNameInEveryZone() {
        // back office, desk and portal name a status with the same key: billing.status.*
        Set<String> names = new TreeSet<>();
        for (InvoiceStatus status : InvoiceStatus.values()) {
            assertThat(names.add(french.getProperty("billing.status." + status)))
                    .as("one name per status: " + status)
                    .isTrue();
        }
        assertThat(french.stringPropertyNames())
                .as("no second name of an invoice status (the desk's and portal's money.status.*)")
                .noneMatch(key -> key.startsWith("money.status."));
    }

    @Test
    void aMessageWithoutArgumentsNeverDoublesItsApostrophes() {
        // Without arguments a message is printed as written (no MessageFormat): '' would show twice.
        Pattern argument = Pattern.compile("\\{\\d");
        for (Properties messages : List.of(french, english)) {
            assertThat(messages.stringPropertyNames())
                    .filteredOn(
                            key -> !argument.matcher(messages.getProperty(key)).find())
                    .allSatisfy(
                            key -> assertThat(messages.getProperty(key)).as(key).doesNotContain("''"));
        }
    }

    @Test
    void aMessageWithArgumentsQuotesNothingByMistake() {
        // In a message with arguments a lone ' starts a MessageFormat quote: "Customer's credit: {0}" shows "{0}".
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (Properties messages : List.of(french, english)) {
            assertThat(messages.stringPropertyNames())
                    .filteredOn(
                            key -> argument.matcher(messages.getProperty(key)).find())
                    .allSatisfy(key -> assertThat(
                                    loneQuote.matcher(messages.getProperty(key)).find())
                            .as(key + ": " + messages.getProperty(key))
                            .isFalse());
        }
    }

    @Test
    void frenchWritesTheTypographicApostrophe() {
        // ’ reads the same with or without arguments; ' would be a MessageFormat quote in a message with arguments.
        assertThat(french.stringPropertyNames())
                .allSatisfy(key -> assertThat(french.getProperty(key)).as(key).doesNotContain("'"));
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        assertThat(keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(french).as("template key " + key).containsKey(key));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        // Every string literal shaped like a key whose first word starts some message ("requests.", "mail.", …):
        // rule violations' keys, flash notices, mail subjects, validation messages, labels chosen in controllers.
        Set<String> used = keyLike(keysIn(SOURCES, ".java", JAVA_LITERAL));
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(used).allSatisfy(key -> assertExists("code key ", key));
    }

    @Test
    void everyKeyOrKeyPrefixQuotedInATemplateExists() throws IOException {
        // Keys passed to fragments ('customers.name'), to #messages.msg, and prefixes completed at run time
        // (#{'requests.status.' + ${status}}).
        Set<String> used = keyLike(keysIn(RESOURCES.resolve("templates"), ".html", TEMPLATE_LITERAL));
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertExists("template key ", key));
    }

    @Test
    void everyEnumWhoseKeyATemplateBuildsHasItsLabel() {
        Stream.of(
                        prefixed("requests.category.", Category.values()),
                        prefixed("requests.priority.", Priority.values()),
                        prefixed("requests.channel.", Channel.values()),
                        prefixed("requests.status.", RequestStatus.values()),
                        prefixed("requests.event.", RequestEventKind.values()),
                        prefixed("savedreplies.language.", Language.values()),
                        prefixed("savedreplies.scope.choice.", SavedReplyScope.values()),
                        Arrays.stream(SavedReplyPlaceholder.values()).map(p -> "savedreplies.placeholder." + p.word()),
                        prefixed("contracts.status.", ContractStatus.values()),
                        prefixed("catalogue.recurrence.", Recurrence.values()),
                        prefixed("catalogue.unit.", Unit.values()),
                        prefixed("catalogue.vat.", VatRate.values()),
                        prefixed("billing.status.", InvoiceStatus.values()),
                        prefixed("customers.import.target.", CustomerImportManagement.Target.values()),
                        // MAPPING is never shown: the progress section is for an import that was started
                        prefixed("customers.import.status.", CustomerImportManagement.Status.values())
                                .filter(key -> !key.endsWith(".MAPPING")),
                        prefixed("day.", DayOfWeek.values()),
                        prefixed("homepanel.due.", DueWindow.values()),
                        prefixed("homepanel.age.", AgeBucket.values()),
                        prefixed("homepanel.age.count.", AgeBucket.values()))
                .flatMap(s -> s)
                .forEach(key -> {
                    assertThat(french.stringPropertyNames()).as(key).contains(key);
                    assertThat(english.stringPropertyNames()).as(key).contains(key);
                });
    }

    /** The literals that look like keys and start as some message does. */
    private Set<String> keyLike(Set<String> literals) {
        Set<String> firstWords = new TreeSet<>();
        french.stringPropertyNames().forEach(key -> firstWords.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> keys = new TreeSet<>();
        for (String quoted : literals) {
            // in braces: Bean Validation's message attribute
            String literal =
                    quoted.startsWith("{") && quoted.endsWith("}") ? quoted.substring(1, quoted.length() - 1) : quoted;
            if (KEY_SHAPE.matcher(literal).matches()
                    && !NOT_A_MESSAGE.matcher(literal).matches()
                    && firstWords.contains(literal.substring(0, literal.indexOf('.') + 1))) {
                keys.add(literal);
            }
        }
        return keys;
    }

    /** A key exists in both languages; a prefix (ending with a dot) starts at least one key of each. */
    private void assertExists(String what, String key) {
        if (key.endsWith(".")) {
            assertThat(french.stringPropertyNames()).as(what + key).anyMatch(k -> k.startsWith(key));
            assertThat(english.stringPropertyNames()).as(what + key).anyMatch(k -> k.startsWith(key));
        } else {
            assertThat(french.stringPropertyNames()).as(what + key).contains(key);
            assertThat(english.stringPropertyNames()).as(what + key).contains(key);
        }
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
                    if (matcher.group(1) != null) {
                        keys.add(matcher.group(1));
                    }
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
