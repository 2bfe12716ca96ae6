package org.jixiao.evaluation;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class H2BulkStoreTest extends BulkStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> org.jixiao.support.TestDatabases.h2());
    }
}
