package fr.guichet.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

/** The security filter chain uses the application's firewall, which still turns away control characters. */
class HeaderFirewallIT extends IntegrationTest {

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    HttpFirewall firewall;

    @Test
    void theChainUsesTheApplicationsFirewallAndRefusesAControlCharacterInAHeader() throws Exception {
        // The bean is a composite around the chain that WebSecurity built.
        Object chain = ReflectionTestUtils.getField(securityFilters, "springSecurityFilterChain");
        assertThat(ReflectionTestUtils.getField(chain, "firewall")).isSameAs(firewall);

        mvc.perform(get("/api/v1").header("Authorization", "Bearer gch_unknown"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1").header("Authorization", "Bearer gch_unknown\u0007"))
                .andExpect(status().isBadRequest());
    }
}
