package fr.guichet.zones.internal;

import fr.guichet.zones.PageModel;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final List<PageModel> pageModels;

    WebConfiguration(List<PageModel> pageModels) {
        this.pageModels = pageModels;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        registry.addInterceptor(new PasswordChangeInterceptor())
                .addPathPatterns("/portal/**", "/desk/**", "/back/**", "/portal", "/desk", "/back", "/api/**")
                .excludePathPatterns(PasswordChangeInterceptor.CHANGE_PAGE);
        pageModels.forEach(registry::addInterceptor);
    }

    @Bean
    ErrorReferenceResolver errorReferenceResolver() {
        return new ErrorReferenceResolver();
    }
}
