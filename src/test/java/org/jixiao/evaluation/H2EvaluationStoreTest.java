package org.jixiao.evaluation;

import org.jixiao.support.TestDatabases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The evaluation store on the embedded H2 database that a new installation uses. */
class H2EvaluationStoreTest extends EvaluationStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabases.h2());
    }
}
