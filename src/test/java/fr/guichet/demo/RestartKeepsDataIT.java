package fr.guichet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.GuichetApplication;
import fr.guichet.company.CompanyManagement;
import fr.guichet.customers.CustomerManagement;
import fr.guichet.identity.Office;
import fr.guichet.identity.TeamManagement;
import fr.guichet.identity.UserManagement;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default set-up, as a newcomer runs it: an H2 file database, created and seeded at the first start, kept as it
 * is at the next one.
 */
@Tag("database-independent")
class RestartKeepsDataIT {

    @TempDir
    Path data;

    @Test
    void theFirstStartSeedsTheNextKeepsWhatWasEntered() {
        long usersAfterFirstStart;
        try (ConfigurableApplicationContext first = start()) {
            UserManagement users = first.getBean(UserManagement.class);
            usersAfterFirstStart = users.count();
            assertThat(usersAfterFirstStart).isGreaterThanOrEqualTo(60);
            assertThat(first.getBean(CustomerManagement.class).count()).isEqualTo(40);
            first.getBean(TeamManagement.class)
                    .createTeam("entered", "Saisie avant redémarrage", Office.BACK_OFFICE, null, false);
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(TeamManagement.class).teamByCode("entered"))
                    .isPresent();
            assertThat(second.getBean(UserManagement.class).count())
                    .as("not seeded twice")
                    .isEqualTo(usersAfterFirstStart);
            assertThat(second.getBean(CustomerManagement.class).count()).isEqualTo(40);
        }
    }

    @Test
    void aDemoDatabaseSeededBeforeTheCompanyProfileGetsTheDemoCompanysAtItsNextStart() {
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(CompanyManagement.class).current()).isEqualTo(DemoCompany.PROFILE);
            // As a database seeded before the company's identity was stored.
            first.getBean(JdbcClient.class).sql("DELETE FROM company_profile").update();
        }
        try (ConfigurableApplicationContext second = start()) {
            CompanyManagement company = second.getBean(CompanyManagement.class);
            assertThat(company.stored().version()).isEqualTo(1);
            assertThat(company.current()).isEqualTo(DemoCompany.PROFILE);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GuichetApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.jmx.enabled=false",
                        "--spring.datasource.url=jdbc:h2:file:"
                                + data.resolve("guichet").toAbsolutePath()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--guichet.demo-data=auto",
                        "--guichet.scheduling.enabled=false");
    }
}
