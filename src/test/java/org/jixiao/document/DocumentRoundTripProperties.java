package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.support.DocumentArbitraries;

/** Every valid document survives write → read unchanged, and passes the format check it was written for. */
class DocumentRoundTripProperties {

    @Property(tries = 300)
    void writeThenReadGivesTheSameDocument(@ForAll("documents") EvaluationDocument document) {
        String json = DocumentJson.write(document);

        assertThat(DocumentJson.validate(DocumentJson.parseTree(json))).isEmpty();
        assertThat(DocumentJson.read(json)).isEqualTo(document);
    }

    @Property(tries = 100)
    void writingIsStable(@ForAll("documents") EvaluationDocument document) {
        String json = DocumentJson.write(document);

        assertThat(DocumentJson.write(DocumentJson.read(json))).isEqualTo(json);
    }

    @Property(tries = 100)
    void anIndicatorsBuilderCarriesEveryValue(@ForAll("documents") EvaluationDocument document) {
        document.keyTasks().stream().flatMap(task -> task.indicators().stream())
                .forEach(indicator -> assertThat(indicator.toBuilder().build()).isEqualTo(indicator));
    }

    @Provide
    Arbitrary<EvaluationDocument> documents() {
        return DocumentArbitraries.documents();
    }
}
