package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jixiao.JixiaoApplication;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.DocumentArbitraries;
import org.jixiao.support.EmbeddedPostgres;
import org.jixiao.support.TestDatabases;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Every valid document survives export → import through the database, on H2 and on PostgreSQL. */
class StoreRoundTripProperties {

    private static ConfigurableApplicationContext h2;
    private static ConfigurableApplicationContext postgres;

    @BeforeContainer
    static void start() {
        h2 = start(TestDatabases.h2(), "sa", "");
        postgres = start(EmbeddedPostgres.newDatabase(), "postgres", "postgres");
    }

    @AfterContainer
    static void stop() {
        h2.close();
        postgres.close();
    }

    @Property(tries = 150)
    void importThenExportGivesTheSameDocumentOnH2(@ForAll("documents") EvaluationDocument document) {
        assertRoundTrip(h2, document);
    }

    @Property(tries = 75)
    void importThenExportGivesTheSameDocumentOnPostgres(@ForAll("documents") EvaluationDocument document) {
        assertRoundTrip(postgres, document);
    }

    private static void assertRoundTrip(ConfigurableApplicationContext context, EvaluationDocument generated) {
        // a unit of its own: units are shared between evaluations, and this property is about one document
        EvaluationDocument document = ofOwnUnit(generated);
        Evaluations evaluations = context.getBean(Evaluations.class);

        List<EvaluationDocument> read = List.of(DocumentJson.read(DocumentJson.write(document)));
        long id = evaluations.importDocuments(read, "test").get(0).id();
        EvaluationDocument exported = evaluations.document(id).orElseThrow();

        assertThat(exported).isEqualTo(document);
        assertThat(DocumentJson.write(exported)).isEqualTo(DocumentJson.write(document));
    }

    private static EvaluationDocument ofOwnUnit(EvaluationDocument document) {
        Department d = document.department();
        Department own = new Department(d.name() + "-" + UUID.randomUUID(), d.code(), d.region(), d.parent(),
                d.extensions());
        return document.withDepartment(own);
    }

    @Provide
    Arbitrary<EvaluationDocument> documents() {
        return DocumentArbitraries.documents();
    }

    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(JixiaoApplication.class).web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "jixiao.demo.enabled=false")
                .run();
    }
}
