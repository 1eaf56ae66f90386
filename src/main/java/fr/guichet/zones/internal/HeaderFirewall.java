package fr.guichet.zones.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with the same rules for header names, header values and parameter names, checked
 * by a loop over the characters instead of a regular expression. The firewall checks every header the application
 * reads, several per request: the expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, tab also allowed in
 * values) took about a tenth of the API's CPU time under load. {@code HeaderFirewallTest} checks that both give the
 * same answer for every Unicode code point.
 */
@Configuration(proxyBeanMethods = false)
class HeaderFirewall {

    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderFirewall::isAssignedAndNotControl);
        firewall.setAllowedHeaderValues(HeaderFirewall::isHeaderValue);
        firewall.setAllowedParameterNames(HeaderFirewall::isAssignedAndNotControl);
        return firewall;
    }

    /** Every code point assigned in Unicode and not a control character. */
    static boolean isAssignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** As {@link #isAssignedAndNotControl(String)}, tabs allowed too. */
    static boolean isHeaderValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
