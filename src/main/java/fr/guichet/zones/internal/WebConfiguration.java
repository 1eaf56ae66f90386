package fr.guichet.zones.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new PasswordChangeInterceptor())
                .addPathPatterns("/portal/**", "/desk/**", "/back/**", "/portal", "/desk", "/back", "/api/**")
                .excludePathPatterns(PasswordChangeInterceptor.CHANGE_PAGE);
    }

    @Bean
    ErrorReferenceResolver errorReferenceResolver() {
        return new ErrorReferenceResolver();
    }
}
