package fr.guichet.website.web;

import fr.guichet.company.CompanyManagement;
import fr.guichet.website.PublicContentGeneration;
import fr.guichet.website.WebsiteSettings;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

    @Bean
    PublicPageCache publicPageCache(
            PublicContentGeneration generation,
            LocaleResolver localeResolver,
            WebsiteSettings settings,
            CompanyManagement company) {
        return new PublicPageCache(generation, localeResolver, settings, company);
    }

    /** Right after the security filters: it knows who is signed in, and the security headers are on every answer. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCacheRegistration(PublicPageCache cache) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
