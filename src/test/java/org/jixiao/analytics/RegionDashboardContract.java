package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
            entries.add(new BulkImport.Entry(i % 37 == 0 ? document.withFunds(null) : document, STATUSES[i % STATUSES.length]));
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
            RegionDashboard.Summary counted = dashboard.summary(dashboard.rows(query));
            RegionDashboard.Summary added = dashboard.summary(query);

            assertThat(added).usingRecursiveComparison().ignoringFields("units", "rates")
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(counted);
            assertThat(added.withUnitsOf(dashboard.rows(query)).units()).isEqualTo(counted.units());
        }
        assertThat(dashboard.summary(query("unit", false, null, null, null)).evaluations()).isEqualTo(300);
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
}
