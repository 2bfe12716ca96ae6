package org.jixiao.web;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

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

    /**
     * What a session keeps is read back under the classes' present names: an upload awaiting confirmation or a new
     * password to show, saved by a server before its pages moved beside their features, still reads after the
     * upgrade, so that a restart logs no one out and loses no pending work.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> renamedSessionClasses() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(RenamedClasses::read));
        return repository -> repository.setConversionService(conversions);
    }

    /**
     * Two requests of one session at the same moment (two tabs, or two servers behind the balancer) may each add
     * the same new attribute, such as the CSRF token made on first use: with a plain INSERT the second failed on
     * the attributes' key and the user saw an error page. The attribute is written as an upsert instead, the last
     * value winning, on PostgreSQL and on H2 alike.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if ("PostgreSQL".equals(product)) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery("""
                MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""");
    }
}
