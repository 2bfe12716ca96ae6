package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jixiao.document.Comparison;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Funds;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.support.DocumentArbitraries;

/** What must hold for every document and every profile (issue 4). */
class ScoringProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> UNITS = List.of("次", "%", "人次", "万元");

    private final ScoringProfile mof = ScoringProfiles.builtIn().defaultProfile();
    private final Scorer scorer = new Scorer(mof);
    /** MOF_2020 with every option on: cost apart, the over-achievement deduction and execution caps. */
    private final Scorer withOptions = new Scorer(Profiles.withEveryOption());

    @Property(tries = 300)
    void everyTotalLiesBetween0And100(@ForAll("anyDocument") EvaluationDocument document) {
        for (Scorer s : List.of(scorer, withOptions)) {
            EvaluationScore score = s.score(document);
            if (!score.isScorable()) {
                continue;
            }

            assertThat(score.total()).isBetween(BigDecimal.ZERO, HUNDRED);
            assertThat(score.grade()).isEqualTo(s.profile().grade(score.total()));
            for (EvaluationScore.KeyTaskScore task : score.keyTasks()) {
                assertThat(task.total()).isBetween(BigDecimal.ZERO, HUNDRED);
                for (EvaluationScore.IndicatorScore indicator : task.indicators()) {
                    assertThat(indicator.ratio()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                    assertThat(indicator.score()).isBetween(BigDecimal.ZERO, indicator.points());
                }
            }
        }
    }

    @Property(tries = 300)
    void aDocumentIsGradedExactlyWhenOneOfItsIndicatorsHasAResult(@ForAll("anyDocument") EvaluationDocument document) {
        // an indicator with a result: an actual value, a verdict or a rating (a draft's bare targets are no result)
        boolean anIndicator = document.keyTasks().stream().flatMap(task -> task.indicators().stream())
                .anyMatch(i -> i.actual() != null || i.met() != null || i.rating() != null);
        EvaluationScore score = scorer.score(document);

        assertThat(score.isScorable()).isEqualTo(anIndicator);
        assertThat(score.total() != null && score.grade() != null).isEqualTo(anIndicator);
        assertThat(score.notScorable() == null).isEqualTo(anIndicator);
        assertThat(new IndicatorLinter(mof).lint(document)).filteredOn(f -> f.code().equals("NOT_SCORABLE"))
                .hasSize(anIndicator ? 0 : 1);
    }

    @Property(tries = 300)
    void raisingTheActualOfAnAtLeastIndicatorNeverLowersTheScore(@ForAll("numericProject") EvaluationDocument document,
            @ForAll("raise") BigDecimal raise) {
        KeyTask task = document.keyTasks().get(0);
        for (int i = 0; i < task.indicators().size(); i++) {
            Indicator indicator = task.indicators().get(i);
            if (indicator.actual() == null || !indicator.target().comparator().isHigherBetter()) {
                continue;
            }
            EvaluationDocument raised = withActual(document, i, indicator.actual().value().add(raise));

            assertThat(scorer.score(raised).total()).isGreaterThanOrEqualTo(scorer.score(document).total());
        }
    }

    @Property(tries = 300)
    void loweringTheActualOfAnAtMostIndicatorNeverLowersTheScore(@ForAll("numericProject") EvaluationDocument document,
            @ForAll("raise") BigDecimal lower) {
        KeyTask task = document.keyTasks().get(0);
        for (int i = 0; i < task.indicators().size(); i++) {
            Indicator indicator = task.indicators().get(i);
            if (indicator.actual() == null || !indicator.target().comparator().isLowerBetter()) {
                continue;
            }
            EvaluationDocument lowered = withActual(document, i, indicator.actual().value().subtract(lower));

            for (Scorer s : List.of(scorer, withOptions)) {
                assertThat(s.score(lowered).total()).isGreaterThanOrEqualTo(s.score(document).total());
            }
        }
    }

    @Property(tries = 200)
    void theOrderOfIndicatorsChangesNothing(@ForAll("anyDocument") EvaluationDocument document,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<KeyTask> shuffled = new ArrayList<>();
        for (KeyTask task : document.keyTasks()) {
            List<Indicator> indicators = new ArrayList<>(task.indicators());
            Collections.shuffle(indicators, random);
            shuffled.add(task.withIndicators(indicators));
        }
        EvaluationDocument reordered = document.withKeyTasks(shuffled);

        for (Scorer s : List.of(scorer, withOptions)) {
            EvaluationScore before = s.score(document);
            EvaluationScore after = s.score(reordered);
            assertThat(after.total()).isEqualTo(before.total());
            assertThat(after.keyTasks()).extracting(EvaluationScore.KeyTaskScore::total)
                    .isEqualTo(before.keyTasks().stream().map(EvaluationScore.KeyTaskScore::total).toList());
        }
    }

    @Property(tries = 300)
    void fullExecutionWithEveryTargetMetGives100(@ForAll("fulfilledDepartment") EvaluationDocument document) {
        EvaluationScore score = scorer.score(document);

        assertThat(score.total()).isEqualByComparingTo(HUNDRED);
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(score.keyTasks()).allSatisfy(task -> assertThat(task.total()).isEqualByComparingTo(HUNDRED));
    }

    @Provide
    Arbitrary<EvaluationDocument> anyDocument() {
        return DocumentArbitraries.documents();
    }

    @Provide
    Arbitrary<BigDecimal> raise() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2);
    }

    /** An indicator named 指标 of that second level, its levels stated. */
    private static Indicator.Builder indicator(IndicatorSubcategory level2) {
        return Indicator.builder().levels(level2 == null ? null : level2.category(), level2, false).name("指标");
    }

    /** A fully executed project whose indicators all hold numbers against numbers in one unit. */
    @Provide
    Arbitrary<EvaluationDocument> numericProject() {
        Arbitrary<Indicator> indicator = Combinators.combine(categories(),
                        Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST, Comparison.LESS_THAN,
                                Comparison.EQUAL),
                        values(), values().injectNull(0.2), Arbitraries.of(UNITS), Arbitraries.of(true, false).injectNull(0.3),
                        weights())
                .as((level2, comparison, target, actual, unit, met, weight) -> indicator(level2)
                        .annualTarget(new Target(null, comparison, target, unit, null))
                        .actual(actual == null ? null : new Target(null, Comparison.EQUAL, actual, unit, null))
                        .met(met).weight(weight).build());
        return Combinators.combine(indicator.list().ofMinSize(1).ofMaxSize(12), budgets())
                .as((indicators, budget) -> project(budget, indicators));
    }

    /** A department spending all its budget, every key task too, and every indicator met. */
    @Provide
    Arbitrary<EvaluationDocument> fulfilledDepartment() {
        Arbitrary<Indicator> numeric = Combinators.combine(categories(),
                        Arbitraries.of(Comparison.AT_LEAST, Comparison.MORE_THAN, Comparison.AT_MOST, Comparison.LESS_THAN,
                                Comparison.EQUAL),
                        values(), Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3),
                        Arbitraries.of(UNITS), weights())
                .as((level2, comparison, target, margin, unit, weight) -> {
                    BigDecimal actual = switch (comparison) {
                        case AT_LEAST, MORE_THAN -> target.add(target.multiply(margin));
                        case AT_MOST, LESS_THAN -> target.subtract(target.multiply(margin));
                        default -> target;
                    };
                    return indicator(level2).annualTarget(new Target(null, comparison, target, unit, null))
                            .actual(new Target(null, Comparison.EQUAL, actual, unit, null)).met(true).weight(weight)
                            .build();
                });
        Arbitrary<Indicator> qualitative = Combinators.combine(categories(), Arbitraries.of("达成", "已完成", "全部完成"))
                .as((level2, actual) -> indicator(level2).annualTarget(Target.parse("达到预期"))
                        .actual(Target.parse(actual)).build());
        Arbitrary<Indicator> claimed = categories().map(level2 -> indicator(level2)
                .annualTarget(Target.parse("100%")).met(true).build());
        Arbitrary<Indicator> indicator = Arbitraries.frequencyOf(
                Tuple.of(6, numeric), Tuple.of(2, qualitative), Tuple.of(2, claimed));
        Arbitrary<KeyTask> task = Combinators.combine(indicator.list().ofMinSize(1).ofMaxSize(10), budgets().injectNull(0.1))
                .as((indicators, budget) -> new KeyTask("任务", null, budget, budget, null, null, null, indicators, null));
        return Combinators.combine(task.list().ofMinSize(1).ofMaxSize(6), budgets())
                .as((tasks, budget) -> new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, 2023,
                        new Department("单位", null, null, null, null), List.of(),
                        new Funds(budget, null, budget, null, List.of(), null, null, null), List.of(),
                        tasks.stream().map(t -> t.budget() == null ? t.withFunds(null, null, HUNDRED) : t).toList(),
                        null, List.of(), List.of(), List.of(), null, null));
    }

    private static Arbitrary<IndicatorSubcategory> categories() {
        return Arbitraries.of(IndicatorSubcategory.class).injectNull(0.2);
    }

    private static Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000")).ofScale(2);
    }

    private static Arbitrary<BigDecimal> weights() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1).injectNull(0.6);
    }

    private static Arbitrary<BigDecimal> budgets() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000")).ofScale(2);
    }

    private static EvaluationDocument project(BigDecimal budget, List<Indicator> indicators) {
        KeyTask project = new KeyTask("项目", null, budget, budget, null, null, null, indicators, null);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.PROJECT, 2023,
                new Department("单位", null, null, null, null), List.of(),
                new Funds(budget, null, budget, null, List.of(), null, null, null), List.of(), List.of(project), null,
                List.of(), List.of(), List.of(), null, null);
    }

    private static EvaluationDocument withActual(EvaluationDocument document, int index, BigDecimal value) {
        KeyTask task = document.keyTasks().get(0);
        List<Indicator> indicators = new ArrayList<>(task.indicators());
        Indicator old = indicators.get(index);
        Target actual = new Target(null, Comparison.EQUAL, value.setScale(2, RoundingMode.UNNECESSARY),
                old.actual().unit(), null);
        indicators.set(index, Documents.withActual(old, actual));
        return document.withKeyTasks(List.of(task.withIndicators(indicators)));
    }
}
