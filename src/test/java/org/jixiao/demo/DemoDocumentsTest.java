package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Each made-up document is sound as {@code validate} checks it, and names its unit as the region lists it. */
class DemoDocumentsTest {

    static List<MadeUpRegion.Filed> filed() {
        return MadeUpRegion.UNITS.stream().flatMap(unit -> unit.filed().stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("filed")
    void validatesWithAmountsThatAddUp(MadeUpRegion.Filed filed) throws IOException {
        String json;
        try (InputStream in = new ClassPathResource(filed.resource()).getInputStream()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(DocumentJson.validate(DocumentJson.parseTree(json))).isEmpty();
        assertThat(FundsConsistency.check(DocumentJson.read(json))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("filed")
    void isFiledByTheUnitItNamesInTheSeedsRegion(MadeUpRegion.Filed filed) {
        EvaluationDocument document = DemoData.read(filed.resource());
        MadeUpRegion.MadeUpUnit unit = MadeUpRegion.UNITS.stream().filter(u -> u.filed().contains(filed)).findFirst()
                .orElseThrow();

        assertThat(document.department().name()).isEqualTo(unit.name());
        assertThat(document.department().region()).isEqualTo(DemoData.REGION);
        if (document.kind() == Kind.PROJECT) {
            assertThat(document.keyTasks()).hasSize(1);
        }
    }
}
