package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.junit.jupiter.api.Test;

/** The departments the scoring benchmark measures are what it says they are. */
class ScoringBenchmarkTest {

    private final IndicatorLinter linter = new IndicatorLinter(ScoringProfiles.builtIn().defaultProfile());
    private final Scorer scorer = new Scorer(ScoringProfiles.builtIn().defaultProfile());

    @Test
    void theWeakDepartmentHasAboutElevenFindingsPerKeyTask() {
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.kind = "weak";
        benchmark.setUp();
        EvaluationDocument department = benchmark.departmentForTest();

        assertThat(department.keyTasks()).hasSize(20).allSatisfy(t -> assertThat(t.indicators()).hasSize(10));
        assertThat(linter.lint(department)).hasSizeBetween(200, 240);
        assertThat(scorer.score(department).total()).isLessThan(BigDecimal.valueOf(100));
    }

    @Test
    void theSoundDepartmentHasNone() {
        ScoringBenchmark benchmark = new ScoringBenchmark();
        benchmark.kind = "sound";
        benchmark.setUp();
        EvaluationDocument department = benchmark.departmentForTest();

        assertThat(linter.lint(department)).isEmpty();
        assertThat(scorer.score(department).total()).isEqualByComparingTo("100");
    }
}
