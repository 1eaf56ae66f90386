package fr.guichet.zones.internal;

import fr.guichet.identity.ApiTokenManagement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class FilterRegistrations {

    @Bean
    BearerTokenFilter bearerTokenFilter(ApiTokenManagement tokens) {
        return new BearerTokenFilter(tokens);
    }

    /** The bearer filter runs inside the security chains only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** The request id comes first, so that every log line of the request carries it. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
