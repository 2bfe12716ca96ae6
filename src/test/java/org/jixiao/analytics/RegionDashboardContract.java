package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Grade;
import org.jixiao.evaluation.BulkImport;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard of a large region adds its figures up in the database and reads only a page of rows: the same
 * figures as counting every row, and pages that together are every row in order. On H2 and PostgreSQL.
 */
@SpringBootTest(properties = {"jixiao.demo.enabled=false", "jixiao.jobs.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionDashboardContract {

    private static final String REGION = "分页测试市";
    private static final EvaluationStatus[] STATUSES = EvaluationStatus.values();

    @Autowired
    RegionDashboard dashboard;
    @Autowired
    BulkImport bulk;

    @BeforeAll
    void aRegionOfThreeHundredUnits() {
        List<BulkImport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            var document = Documents.performingAt(Documents.seedOf("单位" + (1000 + i), REGION, 2023), 30 + (i * 7) % 71);
            // some without funds, some with too little to score
            document = i % 37 == 0 ? document.withFunds(null) : i % 41 == 0 ? document.withKeyTasks(List.of()) : document;
            entries.add(new BulkImport.Entry(document, STATUSES[i % STATUSES.length]));
        }
        bulk.store(entries, "test");
    }

    private static DashboardQuery query(String sort, boolean descending, EvaluationStatus status, Grade grade, String unit) {
        return new DashboardQuery(REGION, 2023, sort, descending, status, grade, unit);
    }

    @Test
    void theFiguresAddedUpByTheDatabaseAreThoseOfEveryRow() {
        for (DashboardQuery query : List.of(query("unit", false, null, null, null),
                query("score", true, EvaluationStatus.PUBLISHED, null, null), query("unit", false, null, Grade.POOR, null),
                query("unit", false, null, null, "单位11"), query("unit", false, null, null, "无此单位"))) {
            RegionDashboard.Summary counted = countedOneByOne(dashboard.rows(query));
            RegionDashboard.Summary added = dashboard.summary(query);

            assertThat(added).usingRecursiveComparison().ignoringFields("units", "rates")
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(counted);
            assertThat(added.withUnitsOf(dashboard.rows(query)).units()).isEqualTo(counted.units());
        }
        assertThat(dashboard.summary(query("unit", false, null, null, null)).evaluations()).isEqualTo(300);
    }

    @Test
    void evaluationsWithTooLittleToScoreAreCountedApartNeverAsPoor() {
        RegionDashboard.Summary all = dashboard.summary(query("unit", false, null, null, null));
        List<DashboardRow> rows = dashboard.rows(query("unit", false, null, null, null));

        // units 0, 41, …, 287 (i % 41 == 0), but unit 0 (i % 37 == 0) keeps its key tasks
        assertThat(all.notScorable()).isEqualTo(7);
        assertThat(rows).filteredOn(row -> row.notScorable() != null).hasSize(7).allSatisfy(row -> {
            assertThat(row.totalScore()).isNull();
            assertThat(row.grade()).isNull();
            assertThat(row.notScorable()).isEqualTo("NO_KEY_TASKS");
        });
        int graded = all.grades().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(graded).isEqualTo(300 - 7);
        assertThat(all.scoreBands().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300 - 7);
        assertThat(dashboard.rows(query("unit", false, null, Grade.POOR, null)))
                .noneMatch(row -> row.notScorable() != null);
    }

    @Test
    void pagesTogetherAreEveryRowInOrder() {
        for (DashboardQuery query : List.of(query("unit", false, null, null, null), query("score", true, null, null, null),
                query("findings", false, EvaluationStatus.DRAFT, null, null))) {
            List<DashboardRow> all = dashboard.rows(query);
            List<DashboardRow> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 100) {
                paged.addAll(dashboard.rows(query, offset, 100));
            }
            assertThat(paged).isEqualTo(all);
        }
    }
    /** The figures counted row by row in Java, independently of the database's sums. */
    private static RegionDashboard.Summary countedOneByOne(List<DashboardRow> rows) {
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            grades.put(grade, 0);
        }
        int[] bands = new int[5];
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        BigDecimal scores = BigDecimal.ZERO;
        int scored = 0;
        int indicators = 0;
        int met = 0;
        int notScorable = 0;
        List<String> units = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        for (DashboardRow row : rows) {
            if (row.grade() != null) {
                grades.merge(row.grade(), 1, Integer::sum);
            }
            if (row.notScorable() != null) {
                notScorable++;
            }
            if (row.totalScore() != null) {
                bands[band(row.totalScore())]++;
                scores = scores.add(row.totalScore());
                scored++;
            }
            budget = budget.add(row.budget() == null ? BigDecimal.ZERO : row.budget());
            executed = executed.add(row.executed() == null ? BigDecimal.ZERO : row.executed());
            indicators += row.indicators();
            met += row.indicatorsMet();
            units.add(row.title());
            rates.add(row.executionRate());
        }
        return new RegionDashboard.Summary(rows.size(), scored == 0 ? null : scores.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP),
                budget, executed, budget.signum() == 0 ? null
                        : executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP),
                grades, List.of(bands[0], bands[1], bands[2], bands[3], bands[4]), units, rates, indicators, met,
                notScorable);
    }

    /** <60, 60–70, 70–80, 80–90, ≥90. */
    private static int band(BigDecimal score) {
        int s = score.intValue();
        return s < 60 ? 0 : s < 70 ? 1 : s < 80 ? 2 : s < 90 ? 3 : 4;
    }

}
