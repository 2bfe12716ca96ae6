package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class PostgresWorkflowTest extends WorkflowContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry);
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrDeleteTheAuditTrail() {
        workflow.submit(editor, id);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else' WHERE evaluation_id = ?")
                .param(id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE evaluation_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
