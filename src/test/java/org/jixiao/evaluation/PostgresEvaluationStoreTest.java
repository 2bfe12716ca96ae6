package org.jixiao.evaluation;

import org.jixiao.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The evaluation store on a real PostgreSQL, started inside the test JVM. */
class PostgresEvaluationStoreTest extends EvaluationStoreContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }
}
