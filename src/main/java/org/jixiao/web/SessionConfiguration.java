package org.jixiao.web;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions live in the database (Spring Session JDBC, tables from Flyway), so that several servers behind one
 * address share them and a restart logs no one out. The cookie keeps the servlet container's usual name, HttpOnly
 * as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    DefaultCookieSerializerCustomizer sessionCookieName() {
        return serializer -> {
            serializer.setCookieName("JSESSIONID");
            serializer.setUseHttpOnlyCookie(true);
        };
    }
}
