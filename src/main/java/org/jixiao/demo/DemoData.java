package org.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.database.OnceOnly;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.ImportedEvaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The seed: the reviewed document of a real report (广州市荔湾区妇女联合会, 2023), so that a new user sees a real,
 * complete evaluation at once. Loaded once: a marker row remembers it, so an evaluation the user deleted does not
 * come back.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoData {

    static final String UNIT = "广州市荔湾区妇女联合会";
    static final String REGION = "广州市荔湾区";
    static final String SEED = "demo/liwan-women-federation-2023.json";
    private static final String MARKER = "demo-data-v1";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Evaluations evaluations;
    private final OnceOnly once;

    DemoData(Evaluations evaluations, OnceOnly once) {
        this.evaluations = evaluations;
        this.once = once;
    }

    void load() {
        once.run(MARKER, () -> {
            List<ImportedEvaluation> imported = evaluations.importDocuments(List.of(seed()), Evaluations.SYSTEM);
            log.info("Demo data loaded: {}", imported.stream().map(ImportedEvaluation::title).toList());
        });
    }

    static EvaluationDocument seed() {
        return read(SEED);
    }

    static EvaluationDocument read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return DocumentJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo document " + resource, e);
        }
    }
}
