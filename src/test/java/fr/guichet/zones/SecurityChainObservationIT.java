package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The security filters run undecorated: no Micrometer observation wraps each of them (HTTP metrics are taken around
 * the whole request instead).
 */
class SecurityChainObservationIT extends IntegrationTest {

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void noObservationWrapsTheSecurityFilters() {
        Object chain = ReflectionTestUtils.getField(securityFilters, "springSecurityFilterChain");
        Object decorator = ReflectionTestUtils.getField(chain, "filterChainDecorator");
        assertThat(decorator).isNotNull().isNotInstanceOf(ObservationFilterChainDecorator.class);
    }
}
