package fr.guichet.customers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.customers.CustomerImportManagement.Status;
import fr.guichet.customers.CustomerImportManagement.Target;
import fr.guichet.identity.Role;
import fr.guichet.shared.Luhn;
import fr.guichet.support.HttpSession;
import fr.guichet.support.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Customers imported from the kind of CSV a French spreadsheet writes: checked line by line, all or nothing. */
class CustomerImportIT extends IntegrationTest {

    @Autowired
    CustomerImportManagement imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void aWindows1252FileIsPreviewedMappedAndImportedWithTheReasonForEachRefusedLine() throws Exception {
        String tag = unique("imp");
        String siren = validSiren();
        String csv = "Raison sociale;SIREN;Code postal;Ville;Téléphone;Courriel;Remarque\r\n"
                + "Crèmerie Lefèvre " + tag + ";" + siren
                + ";42000;Saint-Étienne;04 77 11 22 33;contact@lefevre.example;x\r\n"
                + "Épicerie Ménard " + tag + ";;63000;Clermont-Ferrand;04 73 44 55 66;;\r\n"
                + "Garage Faux SIREN " + tag + ";123456789;69001;Lyon;;;\r\n"
                + ";;69002;Lyon;;;sans nom\r\n"
                + "Double " + tag + ";" + siren + ";69003;Lyon;;;même SIREN que la première ligne\r\n";
        HttpSession office = new HttpSession(port);
        office.login(staff(Role.BACK_OFFICE).getUsername(), PASSWORD);
        assertThat(office.get("/back/customers/import").statusCode()).isEqualTo(200);
        long id = imports.upload("clients.csv", csv.getBytes(Charset.forName("windows-1252")), "test");

        CustomerImportManagement.Import read = imports.get(id);
        assertThat(read.charset()).isEqualTo("windows-1252");
        assertThat(read.separator()).isEqualTo(';');
        assertThat(read.total()).isEqualTo(5);
        assertThat(read.mapping())
                .containsExactly(
                        Target.NAME,
                        Target.SIREN,
                        Target.POSTAL_CODE,
                        Target.CITY,
                        Target.PHONE,
                        Target.EMAIL,
                        Target.IGNORE);
        String preview = HtmlUtils.htmlUnescape(
                office.get("/back/customers/import/" + id).body());
        assertThat(preview)
                .contains("Crèmerie Lefèvre " + tag)
                .contains("Saint-Étienne")
                .contains("Importer les 5 lignes");
        assertThat(customers.search(tag, 10))
                .as("nothing imported before the user starts it")
                .isEmpty();

        List<String> form = new ArrayList<>();
        for (int c = 0; c < read.mapping().size(); c++) {
            form.add("column" + c);
            form.add(read.mapping().get(c).name());
        }
        assertThat(office.post("/back/customers/import/" + id + "/run", form.toArray(String[]::new))
                        .statusCode())
                .isEqualTo(302);
        CustomerImportManagement.Import done = awaitEnd(id);
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(done.rejected()).isEqualTo(3);
        assertThat(customers.search(tag, 10))
                .extracting(Organisation::getName)
                .containsExactlyInAnyOrder("Crèmerie Lefèvre " + tag, "Épicerie Ménard " + tag);
        assertThat(imports.lines(id, true, 10))
                .extracting(CustomerImportManagement.Line::number, CustomerImportManagement.Line::error)
                .containsExactly(
                        Tuple.tuple(4, "customers.error.siren"),
                        Tuple.tuple(5, "customers.import.error.name"),
                        Tuple.tuple(6, "customers.error.siren-taken"));
        String report = HtmlUtils.htmlUnescape(
                office.get("/back/customers/import/" + id).body());
        assertThat(report)
                .contains("Ligne 4")
                .contains("Ce SIREN n’est pas valide")
                .contains("Un autre client a déjà ce SIREN.");
    }

    @Test
    void aCancelledImportLeavesNothingBehind() throws Exception {
        String tag = unique("annul");
        StringBuilder csv = new StringBuilder("name,city\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("Client ").append(tag).append(' ').append(i).append(",Lyon\n");
        }
        long id = imports.upload("gros.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "test");
        imports.cancel(id); // not running yet: nothing to cancel
        assertThat(imports.get(id).status()).isEqualTo(Status.MAPPING);
        imports.run(id, List.of(Target.NAME, Target.CITY), "test");
        imports.cancel(id);
        CustomerImportManagement.Import end = awaitEnd(id);
        assertThat(end.status()).isEqualTo(Status.CANCELLED);
        assertThat(customers.search(tag, 10)).isEmpty();
    }

    @Test
    void anImportWhoseInstanceStoppedIsMarkedFailed() {
        long id = imports.upload("arret.csv", "name\nClient arrêté\n".getBytes(StandardCharsets.UTF_8), "test");
        jdbc.sql("UPDATE customers_import SET status = 'RUNNING', progress_at = :long WHERE id = :id")
                .param("long", OffsetDateTime.now().minusMinutes(10))
                .param("id", id)
                .update();
        long fresh = imports.upload("vivant.csv", "name\nClient vivant\n".getBytes(StandardCharsets.UTF_8), "test");
        jdbc.sql("UPDATE customers_import SET status = 'RUNNING', progress_at = :now WHERE id = :id")
                .param("now", OffsetDateTime.now())
                .param("id", fresh)
                .update();

        assertThat(imports.failSilent(Duration.ofMinutes(5))).isGreaterThanOrEqualTo(1);

        assertThat(imports.get(id).status()).isEqualTo(Status.FAILED);
        assertThat(imports.get(fresh).status()).as("still reporting").isEqualTo(Status.RUNNING);
        jdbc.sql("UPDATE customers_import SET status = 'DONE' WHERE id = :id")
                .param("id", fresh)
                .update();
    }

    @Test
    void anImportThatFailsMidRunLeavesNothingOfTheLinesItHadImported() throws Exception {
        String tag = unique("echec");
        String siren = validSiren();
        StringBuilder csv = new StringBuilder("name;siren\n");
        for (int i = 1; i <= 400; i++) {
            // Line 201, just after the progress recorded at line 200, names a SIREN that someone else is creating.
            csv.append("Client ").append(tag).append(' ').append(i).append(';');
            csv.append(i == 201 ? siren : "").append('\n');
        }
        long id = imports.upload("echec.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "test");

        // Another user creates a customer with that SIREN at the same moment, and commits once the import has it too:
        // the import's insert fails on the database's unique SIREN (the check before it could not see the other one).
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement(
                    "INSERT INTO customers_organisation (name, kind, status, siren, country, created_at)"
                            + " VALUES (?, 'COMPANY', 'CUSTOMER', ?, 'FR', CURRENT_TIMESTAMP)")) {
                insert.setString(1, "Concurrent " + tag);
                insert.setString(2, siren);
                insert.executeUpdate();
            }
            imports.run(id, List.of(Target.NAME, Target.SIREN), "test");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (imports.get(id).status() == Status.RUNNING
                    && imports.get(id).processed() < 200
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(imports.get(id).processed())
                    .as("200 lines imported in the import's transaction before the failure")
                    .isEqualTo(200);
            Thread.sleep(500);
            other.commit();
        }

        CustomerImportManagement.Import end = awaitEnd(id);
        assertThat(end.status()).isEqualTo(Status.FAILED);
        assertThat(customers.search("Client " + tag, 10))
                .as("no line of the failed import stays")
                .isEmpty();
        jdbc.sql("DELETE FROM customers_organisation WHERE siren = :siren")
                .param("siren", siren)
                .update();
    }

    private CustomerImportManagement.Import awaitEnd(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        CustomerImportManagement.Import current = imports.get(id);
        while (current.status() == Status.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            current = imports.get(id);
        }
        return current;
    }

    private static String validSiren() {
        String base = String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        return base + Luhn.checkDigit(base);
    }
}
