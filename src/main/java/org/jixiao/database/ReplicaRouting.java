package org.jixiao.database;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * With {@code JIXIAO_DB_REPLICA_URL} set: two connection pools, the primary's and the replica's, behind one
 * data source that gives the replica's connections to work marked as reading only ({@link ReplicaReads}) and the
 * primary's to everything else (every write, Flyway, sessions, the workspace, which must read its own writes).
 * GET requests of the dashboard and the public portal are marked while their handler runs; the session store
 * always writes to the primary. Without the setting none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${jixiao.db.replica-url:}'.isBlank()")
class ReplicaRouting {

    /**
     * The pages that only read and may show data a moment old: the region's views (dashboard, results application,
     * the region's monitoring; not a unit's own monitoring, which it has just saved) and the public portal.
     */
    static final String[] READ_ONLY_PAGES = {"/dashboard", "/dashboard.xlsx", "/results", "/results.xlsx", "/monitoring",
        "/public", "/public/**"};

    /** The primary's pool, which the routing data source and the session store use. */
    @Bean(destroyMethod = "close")
    HikariDataSource primaryPool(DataSourceProperties primary) {
        HikariDataSource writes = primary.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        writes.setPoolName("primary");
        return writes;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource replicaPool(DataSourceProperties primary, @Value("${jixiao.db.replica-url}") String replicaUrl,
            @Value("${jixiao.db.replica-user:}") String replicaUser,
            @Value("${jixiao.db.replica-password:}") String replicaPassword) {
        HikariDataSource reads = primary.initializeDataSourceBuilder().type(HikariDataSource.class).url(replicaUrl)
                .username(replicaUser.isBlank() ? primary.determineUsername() : replicaUser)
                .password(replicaUser.isBlank() ? primary.determinePassword() : replicaPassword).build();
        reads.setPoolName("replica");
        reads.setReadOnly(true);
        return reads;
    }

    /** Sessions are written on every request, also of a read-only page: always to the primary. */
    @Bean
    @SpringSessionDataSource
    DataSource sessionDataSource(HikariDataSource primaryPool) {
        return primaryPool;
    }

    @Bean
    @Primary
    DataSource dataSource(HikariDataSource primaryPool, HikariDataSource replicaPool) {
        AbstractRoutingDataSource routing = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return ReplicaReads.marked() ? "replica" : "primary";
            }
        };
        routing.setTargetDataSources(Map.of("primary", primaryPool, "replica", replicaPool));
        routing.setDefaultTargetDataSource(primaryPool);
        routing.afterPropertiesSet();
        // the choice is made when a statement first needs the connection, not when a transaction begins
        return new LazyConnectionDataSourceProxy(routing);
    }

    @Bean
    WebMvcConfigurer readOnlyPages() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        if (HttpMethod.GET.matches(request.getMethod())) {
                            ReplicaReads.mark();
                        }
                        return true;
                    }

                    /** The page is rendered from what the handler read; nothing it does after needs the replica. */
                    @Override
                    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                            ModelAndView modelAndView) {
                        ReplicaReads.clear();
                    }

                    @Override
                    public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
                            Object handler, Exception ex) {
                        ReplicaReads.clear();
                    }
                }).addPathPatterns(READ_ONLY_PAGES);
            }
        };
    }
}
