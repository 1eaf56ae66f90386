package fr.guichet.customers;

import fr.guichet.shared.TextInput;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports of customers: the file is read once and kept line by line; the user maps its columns; the import then
 * runs in the background in one transaction — every valid line, or nothing when the user cancels — reporting its
 * progress and the reason each rejected line was refused.
 */
@Service
public class CustomerImportManagement {

    /** What a column of the file may feed. */
    public enum Target {
        IGNORE,
        NAME,
        TRADE_NAME,
        SIREN,
        SIRET,
        VAT_NUMBER,
        SEGMENT,
        STREET,
        POSTAL_CODE,
        CITY,
        COUNTRY,
        PHONE,
        EMAIL;

        /** The target of this name, if there is one ("NAME"); never an exception for a name sent by hand. */
        public static Optional<Target> named(String name) {
            return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
        }
    }

    public enum Status {
        MAPPING,
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    /** An import and where it stands. */
    public record Import(
            long id,
            String filename,
            String charset,
            char separator,
            List<String> headers,
            List<Target> mapping,
            Status status,
            int total,
            int processed,
            int imported,
            int rejected) {

        public int percent() {
            return total == 0 ? 100 : processed * 100 / total;
        }
    }

    /** A line of the file, with why it was refused (null when it was not). */
    public record Line(int number, List<String> cells, String error) {}

    private static final Logger log = LoggerFactory.getLogger(CustomerImportManagement.class);
    private static final String SEP = "\u001F";
    private static final int CHECKPOINT = 200;
    // The columns' sizes (customers_import.filename, .headers and customers_import_line.cells).
    private static final int MAX_FILENAME = 255;
    private static final int MAX_HEADERS = 4000;
    private static final int MAX_LINE = 8000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CustomerMasterDataManagement masterData;
    private final OrganisationChecks checks;
    private final TransactionTemplate whole;
    private final TransactionTemplate apart;
    private final TaskExecutor executor;
    private final Clock clock;

    CustomerImportManagement(
            JdbcClient jdbc,
            JdbcTemplate batch,
            CustomerMasterDataManagement masterData,
            OrganisationChecks checks,
            PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.masterData = masterData;
        this.checks = checks;
        this.whole = new TransactionTemplate(transactions);
        this.whole.setTimeout(3600);
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.clock = clock;
    }

    /** Reads a file and keeps it, with a mapping guessed from its headers; nothing is imported yet. */
    public long upload(String filename, byte[] content, String by) {
        if (filename != null && filename.length() > MAX_FILENAME) {
            throw new CustomerRuleViolation("file", "customers.import.error.filename");
        }
        CsvFile csv = normalised(CsvFile.read(content));
        if (String.join(SEP, csv.headers()).length() > MAX_HEADERS
                || csv.rows().stream().anyMatch(row -> String.join(SEP, row).length() > MAX_LINE)) {
            throw new CustomerRuleViolation("file", "customers.import.error.line-too-long");
        }
        return apart.execute(status -> {
            var key = new GeneratedKeyHolder();
            jdbc.sql(
                            "INSERT INTO customers_import (filename, charset, field_separator, headers, mapping, status, total,"
                                    + " created_by, created_at) VALUES (:filename, :charset, :separator, :headers, :mapping,"
                                    + " 'MAPPING', :total, :by, :at)")
                    .param("filename", filename == null ? "import.csv" : filename)
                    .param("charset", csv.charset())
                    .param("separator", String.valueOf(csv.separator()))
                    .param("headers", String.join(SEP, csv.headers()))
                    .param("mapping", join(guess(csv.headers())))
                    .param("total", csv.rows().size())
                    .param("by", by)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update(key, "id");
            long id = key.getKey().longValue();
            List<Object[]> lines = new ArrayList<>();
            for (int i = 0; i < csv.rows().size(); i++) {
                lines.add(new Object[] {id, i + 2, String.join(SEP, csv.rows().get(i))});
            }
            batch.batchUpdate("INSERT INTO customers_import_line (import_id, line_no, cells) VALUES (?, ?, ?)", lines);
            return id;
        });
    }

    public Import get(long id) {
        return jdbc.sql("SELECT * FROM customers_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Import(
                        rs.getLong("id"),
                        rs.getString("filename"),
                        rs.getString("charset"),
                        rs.getString("field_separator").charAt(0),
                        Arrays.asList(rs.getString("headers").split(SEP, -1)),
                        parse(rs.getString("mapping")),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("total"),
                        rs.getInt("processed"),
                        rs.getInt("imported"),
                        rs.getInt("rejected")))
                .optional()
                .orElseThrow(() -> new UnknownCustomer("import " + id));
    }

    /** The first lines, to check the mapping; or the rejected ones once it has run. */
    public List<Line> lines(long id, boolean rejectedOnly, int limit) {
        return jdbc.sql("SELECT * FROM customers_import_line WHERE import_id = :id"
                        + (rejectedOnly ? " AND error IS NOT NULL" : "") + " ORDER BY line_no LIMIT :limit")
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> new Line(
                        rs.getInt("line_no"),
                        Arrays.asList(rs.getString("cells").split(SEP, -1)),
                        rs.getString("error")))
                .list();
    }

    /** Starts the import with this mapping (one target per column); it goes on in the background. */
    public void run(long id, List<Target> mapping, String by) {
        if (!mapping.contains(Target.NAME)) {
            throw new CustomerRuleViolation("mapping", "customers.import.error.no-name");
        }
        int started =
                apart.execute(status -> jdbc.sql("UPDATE customers_import SET mapping = :mapping, status = 'RUNNING',"
                                + " progress_at = :now WHERE id = :id AND status = 'MAPPING'")
                        .param("mapping", join(mapping))
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("id", id)
                        .update());
        if (started == 1) {
            executor.execute(() -> process(id, mapping, by));
        }
    }

    /** Asks a running import to stop: nothing it did stays. */
    public void cancel(long id) {
        apart.executeWithoutResult(status -> jdbc.sql(
                        "UPDATE customers_import SET cancel_asked = TRUE WHERE id = :id AND status = 'RUNNING'")
                .param("id", id)
                .update());
    }

    private void process(long id, List<Target> mapping, String by) {
        try {
            whole.executeWithoutResult(status -> {
                int processed = 0;
                int imported = 0;
                int rejected = 0;
                int after = 0;
                while (true) {
                    List<Line> chunk = jdbc.sql("SELECT * FROM customers_import_line WHERE import_id = :id"
                                    + " AND line_no > :after ORDER BY line_no LIMIT 500")
                            .param("id", id)
                            .param("after", after)
                            .query((rs, n) -> new Line(
                                    rs.getInt("line_no"),
                                    Arrays.asList(rs.getString("cells").split(SEP, -1)),
                                    null))
                            .list();
                    if (chunk.isEmpty()) {
                        break;
                    }
                    for (Line line : chunk) {
                        after = line.number();
                        String error = importLine(line, mapping, by);
                        if (error == null) {
                            imported++;
                        } else {
                            rejected++;
                            jdbc.sql("UPDATE customers_import_line SET error = :error WHERE import_id = :id"
                                            + " AND line_no = :line")
                                    .param("error", error)
                                    .param("id", id)
                                    .param("line", line.number())
                                    .update();
                        }
                        processed++;
                        if (processed % CHECKPOINT == 0 && progress(id, processed, imported, rejected)) {
                            throw new ImportCancelled();
                        }
                    }
                }
                progress(id, processed, imported, rejected);
            });
            finish(id, Status.DONE); // only once the import's transaction has committed
        } catch (ImportCancelled cancelled) {
            apart.executeWithoutResult(status -> jdbc.sql(
                            "UPDATE customers_import SET processed = 0, imported = 0, rejected = 0 WHERE id = :id")
                    .param("id", id)
                    .update());
            finish(id, Status.CANCELLED);
        } catch (RuntimeException e) {
            log.warn("Customer import {} failed: {}", id, e.getMessage(), e);
            finish(id, Status.FAILED);
        }
    }

    /** Imports one line; the message key of why it was refused, or null. */
    private String importLine(Line line, List<Target> mapping, String by) {
        Map<Target, String> values = new LinkedHashMap<>();
        for (int c = 0; c < mapping.size() && c < line.cells().size(); c++) {
            if (mapping.get(c) != Target.IGNORE) {
                values.put(mapping.get(c), line.cells().get(c));
            }
        }
        String name = values.getOrDefault(Target.NAME, "");
        if (name.isBlank()) {
            return "customers.import.error.name";
        }
        String email = values.get(Target.EMAIL);
        OrganisationProfile profile = new OrganisationProfile(
                name,
                values.get(Target.TRADE_NAME),
                OrganisationKind.COMPANY,
                CustomerStatus.CUSTOMER,
                values.get(Target.SIREN),
                values.get(Target.SIRET),
                values.get(Target.VAT_NUMBER),
                values.get(Target.SEGMENT),
                new Address(
                        values.get(Target.STREET),
                        values.get(Target.POSTAL_CODE),
                        values.get(Target.CITY),
                        values.getOrDefault(Target.COUNTRY, "FR")),
                null,
                values.get(Target.PHONE),
                email,
                null,
                null);
        try {
            checks.check(profile, null); // checked before, so that a refused line never marks the import for rollback
        } catch (CustomerRuleViolation refused) {
            return refused.messageKey();
        }
        masterData.create(profile, by);
        return null;
    }

    /** Records the progress apart from the import's transaction; true when the user asked to cancel. */
    private boolean progress(long id, int processed, int imported, int rejected) {
        return Boolean.TRUE.equals(apart.execute(status -> {
            jdbc.sql("UPDATE customers_import SET processed = :processed, imported = :imported, rejected = :rejected,"
                            + " progress_at = :now WHERE id = :id")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("processed", processed)
                    .param("imported", imported)
                    .param("rejected", rejected)
                    .param("id", id)
                    .update();
            return jdbc.sql("SELECT cancel_asked FROM customers_import WHERE id = :id")
                    .param("id", id)
                    .query(Boolean.class)
                    .single();
        }));
    }

    private void finish(long id, Status status) {
        apart.executeWithoutResult(
                tx -> jdbc.sql("UPDATE customers_import SET status = :status, finished_at = :at WHERE id = :id")
                        .param("status", status.name())
                        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .param("id", id)
                        .update());
    }

    /**
     * Imports that stopped reporting progress for {@code silence} died with the instance running them (their
     * transaction rolled back with it): they are marked failed. Returns how many.
     */
    public int failSilent(Duration silence) {
        return jdbc.sql("UPDATE customers_import SET status = 'FAILED', finished_at = :now WHERE status = 'RUNNING'"
                        + " AND progress_at < :limit")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("limit", clock.instant().minus(silence).atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * A file is input too: its headers and cells are normalised as typed text is, on one line each (ADR 0014), which
     * also keeps the separator the lines are stored with (a control character) out of them.
     */
    private static CsvFile normalised(CsvFile csv) {
        return new CsvFile(
                csv.charset(),
                csv.separator(),
                csv.headers().stream().map(h -> TextInput.normalise(h, false)).toList(),
                csv.rows().stream()
                        .map(row -> row.stream()
                                .map(cell -> TextInput.normalise(cell, false))
                                .toList())
                        .toList());
    }

    /** The target each header most likely means, in French or English. */
    static List<Target> guess(List<String> headers) {
        return headers.stream().map(CustomerImportManagement::guess).toList();
    }

    private static Target guess(String header) {
        String h = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]", "");
        if (h.contains("siret")) {
            return Target.SIRET;
        }
        if (h.contains("siren")) {
            return Target.SIREN;
        }
        if (h.contains("tva") || h.contains("vat")) {
            return Target.VAT_NUMBER;
        }
        if (h.contains("commercial") || h.contains("enseigne") || h.contains("tradename")) {
            return Target.TRADE_NAME;
        }
        if (h.contains("raisonsociale")
                || h.equals("nom")
                || h.equals("name")
                || h.contains("societe")
                || h.contains("company")
                || h.contains("client")) {
            return Target.NAME;
        }
        if (h.contains("segment") || h.contains("secteur")) {
            return Target.SEGMENT;
        }
        if (h.contains("codepostal") || h.equals("cp") || h.contains("postal") || h.contains("zip")) {
            return Target.POSTAL_CODE;
        }
        if (h.contains("adresse") || h.contains("rue") || h.contains("street") || h.contains("address")) {
            return Target.STREET;
        }
        if (h.contains("ville") || h.contains("city") || h.contains("commune")) {
            return Target.CITY;
        }
        if (h.contains("pays") || h.contains("country")) {
            return Target.COUNTRY;
        }
        if (h.contains("tel") || h.contains("phone")) {
            return Target.PHONE;
        }
        if (h.contains("mail") || h.contains("courriel")) {
            return Target.EMAIL;
        }
        return Target.IGNORE;
    }

    private static String join(List<Target> mapping) {
        return mapping.stream().map(Target::name).collect(Collectors.joining(","));
    }

    private static List<Target> parse(String mapping) {
        return mapping == null || mapping.isBlank()
                ? List.of()
                : Arrays.stream(mapping.split(",")).map(Target::valueOf).toList();
    }

    private static final class ImportCancelled extends RuntimeException {
        ImportCancelled() {
            super("cancelled by the user", null, false, false);
        }
    }
}
