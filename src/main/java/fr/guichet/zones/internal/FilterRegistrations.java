package fr.guichet.zones.internal;

import fr.guichet.identity.ApiTokenManagement;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

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

    /** Size limits come right after the request id: before anything reads a parameter (ADR 0014). */
    @Bean
    FilterRegistrationBean<RequestSizeLimits> requestSizeLimits(
            MultipartProperties multipart, TomcatServerProperties tomcat) {
        // the container's own limits, read from Boot's typed properties: one place sets them (application.properties)
        FilterRegistrationBean<RequestSizeLimits> registration = new FilterRegistrationBean<>(new RequestSizeLimits(
                multipart.getMaxFileSize(), multipart.getMaxRequestSize(), tomcat.getMaxHttpFormPostSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * No rewriting of every link a page writes into a versioned resource URL. Boot registers this filter because the
     * webjars locator is present; Guichet's links are plain (the htmx webjar is found without its version when served),
     * and the filter made each link of each page a lookup in the application's jar: most of the rendering time of a
     * page (see docs/benchmarks.md).
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
