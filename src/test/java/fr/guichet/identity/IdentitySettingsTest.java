package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Identity's settings: one validated record, bound from the property names the README documents. */
class IdentitySettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdentitySettings.class)
    static class Settings {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsApplyWhenNothingIsSet() {
        context.run(started -> {
            IdentitySettings settings = started.getBean(IdentitySettings.class);
            assertThat(settings.invitations().validity()).isEqualTo(Duration.ofDays(7));
            assertThat(settings.api().tokenCache()).isEqualTo(Duration.ofSeconds(5));
            assertThat(settings.security().loginMaxFailures()).isEqualTo(5);
            assertThat(settings.security().loginAccountMaxFailures()).isEqualTo(10);
            assertThat(settings.security().loginAddressMaxFailures()).isEqualTo(50);
            assertThat(settings.security().loginWindow()).isEqualTo(Duration.ofMinutes(15));
            assertThat(settings.security().loginDelay()).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void theDocumentedNamesAndEnvironmentVariablesKeepWorking() {
        context.withPropertyValues(
                        "guichet.invitations.validity=P3D",
                        "guichet.api.token-cache=PT0S",
                        "guichet.security.login-max-failures=3",
                        "guichet.security.login-window=30m")
                .run(started -> {
                    IdentitySettings settings = started.getBean(IdentitySettings.class);
                    assertThat(settings.invitations().validity()).isEqualTo(Duration.ofDays(3));
                    assertThat(settings.api().tokenCache()).isZero();
                    assertThat(settings.security().loginMaxFailures()).isEqualTo(3);
                    assertThat(settings.security().loginWindow()).isEqualTo(Duration.ofMinutes(30));
                });
    }

    @Test
    void theEnvironmentVariablesTheReadmeNamesAreRead() {
        Map<String, Object> environment = Map.of(
                "GUICHET_INVITATIONS_VALIDITY", "P2D",
                "GUICHET_API_TOKEN_CACHE", "PT0S",
                "GUICHET_SECURITY_LOGIN_MAX_FAILURES", "4",
                "GUICHET_SECURITY_LOGIN_ADDRESS_MAX_FAILURES", "200",
                "GUICHET_SECURITY_LOGIN_DELAY", "PT30S");
        context.withInitializer(started -> started.getEnvironment()
                        .getPropertySources()
                        .addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", environment)))
                .run(started -> {
                    IdentitySettings settings = started.getBean(IdentitySettings.class);
                    assertThat(settings.invitations().validity()).isEqualTo(Duration.ofDays(2));
                    assertThat(settings.api().tokenCache()).isZero();
                    assertThat(settings.security().loginMaxFailures()).isEqualTo(4);
                    assertThat(settings.security().loginAddressMaxFailures()).isEqualTo(200);
                    assertThat(settings.security().loginDelay()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void aWrongValueStopsTheStartWithTheSettingsName() {
        context.withPropertyValues("guichet.security.login-max-failures=0")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("security.loginMaxFailures"));
        context.withPropertyValues("guichet.api.token-cache=-PT1S")
                .run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("guichet.invitations.validity=PT0S")
                .run(started -> assertThat(started).hasFailed());
    }
}
