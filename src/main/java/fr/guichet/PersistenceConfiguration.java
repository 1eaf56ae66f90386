package fr.guichet;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

/**
 * One schema for H2 and PostgreSQL: migrations use unquoted lower-case names, which both databases fold the same
 * way (H2 runs with DATABASE_TO_LOWER). Spring Data JDBC therefore writes unquoted identifiers too; otherwise its H2
 * dialect would quote them in upper case.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
