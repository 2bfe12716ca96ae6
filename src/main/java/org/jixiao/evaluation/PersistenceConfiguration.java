package org.jixiao.evaluation;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC quotes identifiers in the case its dialect prefers (upper case for H2), which breaks the
 * lower-case schema that H2 (DATABASE_TO_LOWER) and PostgreSQL share. Unquoted, both databases fold names the
 * same way; the schema uses no reserved words as names.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
