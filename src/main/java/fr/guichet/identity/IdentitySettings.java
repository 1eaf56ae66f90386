package fr.guichet.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The identity module's settings, checked at start-up. They keep the property names (and so the environment
 * variables) the README has always documented: {@code guichet.invitations.validity}
 * ({@code GUICHET_INVITATIONS_VALIDITY}), {@code guichet.security.login-*} and {@code guichet.api.token-cache}
 * ({@code GUICHET_API_TOKEN_CACHE}).
 */
@Validated
@ConfigurationProperties("guichet")
public record IdentitySettings(
        @Valid @NotNull @DefaultValue InvitationSettings invitations,
        @Valid @NotNull @DefaultValue LoginSettings security,
        @Valid @NotNull @DefaultValue ApiSettings api) {

    /** How long a link to the customer portal can be accepted. */
    public record InvitationSettings(
            @NotNull @DurationMin(minutes = 1) @DefaultValue("P7D")
            Duration validity) {}

    /**
     * Login throttling (ADR 0012). Failures are counted within {@code loginWindow}, per account and client (an
     * address, or a known device); after {@code loginMaxFailures} of them the next attempt waits {@code loginDelay},
     * doubled at each further failure, never more than the window. Clients that are not a known device are also
     * counted per account ({@code loginAccountMaxFailures}) and per address ({@code loginAddressMaxFailures}).
     * A browser that signed in to an account is a known device of that account for {@code loginDeviceValidity}.
     */
    public record LoginSettings(
            @Positive @DefaultValue("5") int loginMaxFailures,
            @Positive @DefaultValue("10") int loginAccountMaxFailures,
            @Positive @DefaultValue("50") int loginAddressMaxFailures,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("15m")
            Duration loginWindow,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("1m")
            Duration loginDelay,

            @NotNull @DurationMin(days = 1) @DefaultValue("180d")
            Duration loginDeviceValidity) {}

    /** How long an instance remembers the account behind a recently used API token ({@code PT0S}: not at all). */
    public record ApiSettings(
            @NotNull @DurationMin(seconds = 0) @DefaultValue("PT5S")
            Duration tokenCache) {}
}
