package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.internal.ScoringSettings;
import org.jixiao.support.DocumentArbitraries;
import org.jixiao.support.Documents;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fast paths for many evaluations store and read exactly what the aggregate's own path does: the bulk
 * import (for generated regions) writes the rows an import writes; the batch reader builds the aggregate the
 * repository loads; reassessment in batches stores the assessment a fresh import computes. On H2 and PostgreSQL.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Evaluations.class, EvaluationQueries.class, EvaluationBatches.class, BulkImport.class,
        PersistenceConfiguration.class, EvaluationScoring.class})
@EnableConfigurationProperties(ScoringSettings.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class BulkStoreContract {

    private static final List<String> ASSESSMENT = List.of("total_score", "grade", "scoring_profile", "error_count",
            "warning_count", "indicator_count", "indicators_met");

    @Autowired
    Evaluations evaluations;
    @Autowired
    BulkImport bulk;
    @Autowired
    EvaluationBatches batches;
    @Autowired
    EvaluationRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationScoring scoring;

    @BeforeEach
    void emptyDatabase() {
        for (String table : List.of("indicator", "key_task", "fund_source", "evaluation_text", "evaluation", "unit")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Varied documents (random ones, the seed, and the seed over three years), one per unit, year and subject. */
    private final List<EvaluationDocument> sampled = sample();

    private List<EvaluationDocument> documents(String region) {
        return sampled.stream().map(d -> inRegion(d, region)).toList();
    }

    private static List<EvaluationDocument> sample() {
        List<EvaluationDocument> documents = new ArrayList<>();
        Set<String> identities = new HashSet<>();
        DocumentArbitraries.documents().sampleStream().limit(40).forEach(document -> {
            if (identities.add(document.department().name() + document.fiscalYear() + document.kind() + document.title())) {
                documents.add(document);
            }
        });
        documents.add(SeedDocument.load());
        documents.add(Documents.performingAt(Documents.seedOf("三年单位", null, 2021), 70));
        documents.add(Documents.performingAt(Documents.seedOf("三年单位", null, 2022), 95));
        documents.add(Documents.performingAt(Documents.seedOf("三年单位", null, 2023), 50));
        documents.sort(Comparator.comparing(EvaluationDocument::fiscalYear));
        return documents;
    }

    private static EvaluationDocument inRegion(EvaluationDocument d, String region) {
        Department department = d.department();
        return d.withDepartment(new Department(department.name(), department.code(), region, department.parent(),
                department.extensions()));
    }

    @Test
    void theBulkImportWritesTheRowsAnImportWrites() {
        evaluations.importDocuments(documents("甲区"), "test");
        bulk.store(documents("乙区").stream().map(d -> new BulkImport.Entry(d, EvaluationStatus.DRAFT)).toList(), "test");

        for (String table : List.of("evaluation", "evaluation_text", "fund_source", "key_task", "indicator")) {
            assertThat(rows(table, "乙区")).as(table).isEqualTo(rows(table, "甲区")).isNotEmpty();
        }
    }

    /** Every column of the region's rows but ids and times, by unit name and position. */
    private List<Map<String, Object>> rows(String table, String region) {
        String join = table.equals("evaluation") ? "evaluation e" : table + " x JOIN evaluation e ON e.id = x.evaluation_id";
        String alias = table.equals("evaluation") ? "e" : "x";
        List<Map<String, Object>> rows = jdbc.sql("SELECT u.name AS unit_name, e.fiscal_year AS year_, e.kind AS kind_, "
                + "e.subject AS subject_, " + alias + ".* FROM " + join + " JOIN unit u ON u.id = e.unit_id "
                + "WHERE u.region = ? ORDER BY 1, 2, 3, 4").param(region).query().listOfRows();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new TreeMap<>(row);
            copy.keySet().removeAll(List.of("id", "evaluation_id", "unit_id", "created_at", "updated_at", "assessed_at"));
            kept.add(copy);
        }
        kept.sort(Comparator.comparing(Object::toString));
        return kept;
    }

    @Test
    void theBulkImportMovesEachThroughReviewAsAUnitAndAReviewerWould() {
        EvaluationDocument seed = SeedDocument.load();
        List<Long> ids = bulk.store(List.of(new BulkImport.Entry(seed, EvaluationStatus.PUBLISHED)), "test");

        StoredEvaluation stored = evaluations.find(ids.get(0)).orElseThrow();
        assertThat(stored.status()).isEqualTo(EvaluationStatus.PUBLISHED);
        assertThat(stored.document()).isEqualTo(seed);
    }

    @Test
    void theBatchReaderBuildsTheAggregateTheRepositoryLoads() {
        List<Long> ids = evaluations.importDocuments(documents("丙区"), "test").stream().map(ImportedEvaluation::id)
                .toList();

        Map<Long, Evaluation> loaded = batches.load(ids);

        assertThat(loaded).hasSize(ids.size());
        for (long id : ids) {
            assertThat(loaded.get(id)).usingRecursiveComparison().isEqualTo(repository.findById(id).orElseThrow());
        }
    }

    @Test
    void reassessmentInBatchesStoresWhatAFreshImportComputed() {
        evaluations.importDocuments(documents("丁区"), "test");
        List<Map<String, Object>> assessed = assessments();
        jdbc.sql("UPDATE evaluation SET total_score = 0, grade = NULL, error_count = 99, warning_count = 99,"
                + " indicator_count = 0, indicators_met = 0, scoring_profile = 'OLD'").update();

        assertThat(evaluations.reassess(EvaluationFilter.ALL)).isEqualTo(assessed.size());

        assertThat(assessments()).isEqualTo(assessed);
    }

    @Test
    void reassessingOneYearStillComparesWithTheYearBefore() {
        evaluations.importDocuments(documents("戊区"), "test");
        List<Map<String, Object>> assessed = assessments();
        jdbc.sql("UPDATE evaluation SET warning_count = 99").update();

        evaluations.reassess(new EvaluationFilter(null, 2022, null));
        evaluations.reassess(new EvaluationFilter(null, 2023, null));

        // the 2022 and 2023 evaluations of 三年单位 are assessed against their year before, outside the filter
        List<Map<String, Object>> now = assessments();
        for (int i = 0; i < now.size(); i++) {
            Object year = now.get(i).get("fiscal_year");
            if (year.equals(2022) || year.equals(2023)) {
                assertThat(now.get(i)).isEqualTo(assessed.get(i));
            }
        }
    }

    @Test
    void anEditDuringReassessmentKeepsItsOwnAssessment() {
        EvaluationDocument seed = SeedDocument.load();
        long id = evaluations.importDocuments(List.of(seed), "test").get(0).id();
        Evaluation read = batches.load(List.of(id)).get(id);
        // the unit edits while the reassessment runs: its save assesses the new content
        evaluations.revise(id, read.version(), Documents.performingAt(seed, 40), "editor");
        Map<String, Object> afterEdit = assessments().get(0);

        read.assessed(scoring.assess(seed), "OLD", Instant.now());
        assertThat(batches.storeAssessments(List.of(read))).isZero();

        assertThat(assessments().get(0)).isEqualTo(afterEdit);
    }

    private List<Map<String, Object>> assessments() {
        return jdbc.sql("SELECT id, fiscal_year, version, " + String.join(", ", ASSESSMENT) + " FROM evaluation ORDER BY id")
                .query().listOfRows();
    }
}
