package fr.guichet.company;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every module shares ({@code guichet.*}); the company's identity itself is in the database
 * ({@link CompanyManagement}).
 *
 * @param baseUrl the address Guichet is reached at, used in the links of emails (GUICHET_BASE_URL); without a
 *     trailing slash
 */
@Validated
@ConfigurationProperties("guichet")
public record CompanySettings(
        @DefaultValue("http://localhost:8080")
        @Pattern(
                regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?",
                message = "must be an http or https address, such as https://guichet.example.fr")
        String baseUrl) {

    public CompanySettings {
        if (baseUrl != null && baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    /** The host name of the base URL ("localhost"). */
    public String host() {
        String rest = baseUrl.substring(baseUrl.indexOf("://") + 3);
        int end = rest.indexOf('/');
        String authority = end < 0 ? rest : rest.substring(0, end);
        int port = authority.lastIndexOf(':');
        return port < 0 ? authority : authority.substring(0, port);
    }
}
