package fr.guichet.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deflection's settings ({@code guichet.knowledge.deflection.*}).
 *
 * @param settleAfter how long after opening a suggested article a person who sent no request counts as a request
 *     avoided (GUICHET_KNOWLEDGE_DEFLECTION_SETTLE_AFTER, 30 minutes)
 * @param suggestions how many articles are suggested beside a form (GUICHET_KNOWLEDGE_DEFLECTION_SUGGESTIONS, 5)
 */
@Validated
@ConfigurationProperties("guichet.knowledge.deflection")
public record DeflectionSettings(
        @DefaultValue("PT30M") @DurationMin(minutes = 1, message = "must be at least one minute")
        Duration settleAfter,

        @DefaultValue("5")
        @Min(value = 1, message = "must be between 1 and 10")
        @Max(value = 10, message = "must be between 1 and 10")
        int suggestions) {}
