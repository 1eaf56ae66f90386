package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.billing.recurring.RecurringInvoicingSettings;
import fr.guichet.company.CompanySettings;
import fr.guichet.contracts.ContractSettings;
import fr.guichet.knowledge.DeflectionSettings;
import fr.guichet.notifications.NotificationSettings;
import fr.guichet.quotes.QuoteSettings;
import fr.guichet.requests.RequestSettings;
import fr.guichet.website.WebsiteSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Every module's settings record: its defaults, and a wrong value stops the start with the setting's name and why. */
class SettingsValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        CompanySettings.class,
        NotificationSettings.class,
        RequestSettings.class,
        ContractSettings.class,
        RecurringInvoicingSettings.class,
        QuoteSettings.class,
        WebsiteSettings.class,
        DeflectionSettings.class
    })
    static class Settings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withoutAnySettingTheDefaultsApply() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(CompanySettings.class).baseUrl()).isEqualTo("http://localhost:8080");
            assertThat(context.getBean(DeflectionSettings.class).settleAfter()).isEqualTo(Duration.ofMinutes(30));
            assertThat(context.getBean(DeflectionSettings.class).suggestions()).isEqualTo(5);
            NotificationSettings mail = context.getBean(NotificationSettings.class);
            assertThat(mail.from()).isEmpty();
            assertThat(mail.retryDelays())
                    .containsExactly(
                            Duration.ofMinutes(1),
                            Duration.ofMinutes(5),
                            Duration.ofMinutes(15),
                            Duration.ofHours(1),
                            Duration.ofHours(4));
            assertThat(mail.inbound().protocol()).isEqualTo("imaps");
            assertThat(mail.inbound().port()).isEqualTo(993);
            assertThat(mail.inbound().configured()).isFalse();
            RequestSettings requests = context.getBean(RequestSettings.class);
            assertThat(requests.businessHours().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(requests.businessHours().opens()).isEqualTo(LocalTime.of(9, 0));
            assertThat(requests.businessHours().closes()).isEqualTo(LocalTime.of(18, 0));
            assertThat(requests.attachments().maxSize()).isEqualTo(DataSize.ofMegabytes(10));
            assertThat(requests.attachments().allowedExtensions())
                    .contains("pdf", "docx")
                    .hasSize(13);
            assertThat(requests.requests().routingCache()).isEqualTo(Duration.ofSeconds(5));
            assertThat(requests.escalation().interval()).isEqualTo(Duration.ofMinutes(1));
            ContractSettings contracts = context.getBean(ContractSettings.class);
            assertThat(contracts.renewalAlertDays()).isEqualTo(60);
            assertThat(contracts.salesTeam()).isEqualTo("adv");
            RecurringInvoicingSettings recurring = context.getBean(RecurringInvoicingSettings.class);
            assertThat(recurring.interval()).isEqualTo(Duration.ofHours(1));
            assertThat(recurring.maxPeriodsPerRun()).isEqualTo(36);
            assertThat(context.getBean(QuoteSettings.class).expiryCron())
                    .as("quotes past their validity are expired daily, just after midnight")
                    .isEqualTo("0 5 0 * * *");
            WebsiteSettings website = context.getBean(WebsiteSettings.class);
            assertThat(website.maxPerAddress()).isEqualTo(5);
            assertThat(website.window()).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void settingsAreReadUnderTheNamesTheReadmeDocuments() {
        runner.withPropertyValues(
                        "guichet.base-url=https://guichet.example.fr/",
                        "guichet.mail.retry-delays=PT2M,PT10M",
                        "guichet.mail.inbound.host=imap.example.fr",
                        "guichet.business-hours.zone=America/Montreal",
                        "guichet.business-hours.opens=08:30",
                        "guichet.attachments.allowed-extensions=pdf,png",
                        "guichet.requests.routing-cache=PT0S",
                        "guichet.contracts.renewal-alert-days=90",
                        "guichet.contracts.sales-team=ventes",
                        "guichet.contact.max-per-address=3")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CompanySettings.class).baseUrl())
                            .as("without its trailing slash, so that links are base + path")
                            .isEqualTo("https://guichet.example.fr");
                    assertThat(context.getBean(CompanySettings.class).host()).isEqualTo("guichet.example.fr");
                    NotificationSettings mail = context.getBean(NotificationSettings.class);
                    assertThat(mail.retryDelays()).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(10));
                    assertThat(mail.inbound().configured()).isTrue();
                    RequestSettings requests = context.getBean(RequestSettings.class);
                    assertThat(requests.businessHours().zone()).isEqualTo(ZoneId.of("America/Montreal"));
                    assertThat(requests.businessHours().opens()).isEqualTo(LocalTime.of(8, 30));
                    assertThat(requests.attachments().allowedExtensions()).containsExactlyInAnyOrder("pdf", "png");
                    assertThat(requests.requests().routingCache()).isZero();
                    assertThat(context.getBean(ContractSettings.class).renewalAlertDays())
                            .isEqualTo(90);
                    assertThat(context.getBean(ContractSettings.class).salesTeam())
                            .isEqualTo("ventes");
                    assertThat(context.getBean(WebsiteSettings.class).maxPerAddress())
                            .isEqualTo(3);
                });
    }

    @Test
    void theScheduledJobsFindTheSettingsUnderTheBeanNamesTheirExpressionsUse() {
        runner.run(context -> assertThat(context)
                .hasBean("guichet.mail-fr.guichet.notifications.NotificationSettings")
                .hasBean("guichet-fr.guichet.requests.RequestSettings")
                .hasBean("guichet.contracts-fr.guichet.contracts.ContractSettings")
                .hasBean("guichet.recurring-invoicing-fr.guichet.billing.recurring.RecurringInvoicingSettings")
                .hasBean("guichet.quotes-fr.guichet.quotes.QuoteSettings"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guichet.mail.retry-delays=PT1M,-PT5M | retryDelays[1]               | must be more than zero",
                "guichet.mail.retry-delays=           | guichet.mail.retry-delays    | needs at least one delay",
                "guichet.mail.retry-interval=PT0S     | guichet.mail.retry-interval  | must be more than zero",
                "guichet.recurring-invoicing.interval=PT0S | guichet.recurring-invoicing.interval | must be more than zero",
                "guichet.knowledge.deflection.settle-after=PT10S | settleAfter | must be at least one minute",
                "guichet.knowledge.deflection.suggestions=0 | suggestions | must be between 1 and 10",
                "guichet.mail.inbound.protocol=pop3   | guichet.mail.inbound.protocol | must be imaps or imap",
                "guichet.mail.inbound.port=0          | guichet.mail.inbound.port    | must be greater than or equal to 1",
                "guichet.business-hours.zone=Mars/Olympus | guichet.business-hours.zone | Mars/Olympus",
                "guichet.business-hours.opens=19:00   | businessHours                | must close after they open",
                "guichet.attachments.max-size=0MB     | guichet.attachments          | must be more than zero",
                "guichet.requests.routing-cache=-PT5S | requests.routingCache        | must not be negative",
                "guichet.escalation.interval=PT0S     | guichet.escalation.interval  | must be more than zero",
                "guichet.base-url=localhost:8080      | guichet.base-url             | must be an http or https address",
                "guichet.contracts.renewal-alert-days=-1 | guichet.contracts.renewal-alert-days | must be at least 1",
                "guichet.contracts.sales-team=        | guichet.contracts.sales-team | must not be blank",
                "guichet.quotes.expiry-cron=daily     | guichet.quotes.expiry-cron   | no cron expression",
                "guichet.contact.max-per-address=0    | guichet.contact.max-per-address | must be at least 1",
                "guichet.contact.window=-1h           | guichet.contact.window       | must be more than zero"
            })
    void aWrongValueStopsTheStartWithTheSettingAndTheReason(String property, String name, String reason) {
        // The binder names a field that fails a constraint by its path in the record: a real start prints
        // "Property: guichet.mail.retryDelays[1]  Value: "PT-5M"  Reason: must be more than zero".
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            assertThat(fullMessage(context.getStartupFailure())).contains(name).contains(reason);
        });
    }

    private static String fullMessage(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }
}
