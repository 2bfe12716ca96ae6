package org.jixiao.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.database.OnceOnly;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start of an installation, loads the reviewed demo evaluations (the seed report of 广州市荔湾区
 * 妇女联合会, 2023), so that a new user sees a real, complete evaluation at once. Runs once: a marker row
 * remembers it, so an evaluation the user deleted does not come back.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Runs before the demo accounts, which belong to the demo unit. */
    static final int ORDER = 100;

    static final List<String> DOCUMENTS = List.of("demo/liwan-women-federation-2023.json");
    private static final String MARKER = "demo-data-v1";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Evaluations evaluations;
    private final OnceOnly once;

    DemoData(Evaluations evaluations, OnceOnly once) {
        this.evaluations = evaluations;
        this.once = once;
    }

    @Override
    public void run(ApplicationArguments args) {
        once.run(MARKER, () -> {
            List<ImportedEvaluation> imported = evaluations.importDocuments(documents(), Evaluations.SYSTEM);
            log.info("Demo data loaded: {}", imported.stream().map(ImportedEvaluation::title).toList());
        });
    }

    static List<EvaluationDocument> documents() {
        return DOCUMENTS.stream().map(DemoData::read).toList();
    }

    private static EvaluationDocument read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return DocumentJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo document " + resource, e);
        }
    }
}
