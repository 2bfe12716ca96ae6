package org.jixiao.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jixiao.document.Comparison;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;

/** Valid evaluation documents of every shape: the generators of the round-trip properties. */
public final class DocumentArbitraries {

    private static final List<String> WORDINGS = List.of("98%以上", "≥95%", "≧95％", "不低于90%", "不超过1.5万元",
            "≤1.8万元", "1次", "100%", "0次", "120万页", "5万人次以上", "达到预期", "明显提升", "30余场", "3个工作日内");

    private DocumentArbitraries() {
    }

    public static Arbitrary<EvaluationDocument> documents() {
        return Arbitraries.oneOf(departmentDocuments(), projectDocuments());
    }

    private static Arbitrary<EvaluationDocument> departmentDocuments() {
        Arbitrary<Tuple.Tuple6<Integer, Department, List<String>, Funds, List<String>, List<KeyTask>>> head =
                Combinators.combine(years(), departments(), texts().list().ofMaxSize(6), funds().injectNull(0.2),
                        texts().list().ofMaxSize(5), keyTasks().list().ofMaxSize(4)).as(Tuple::of);
        return Combinators.combine(head, longText().injectNull(0.3), texts().list().ofMaxSize(6),
                        texts().list().ofMaxSize(2), texts().list().ofMaxSize(3), scores().injectNull(0.5),
                        statedScores().injectNull(0.5), extensions())
                .as((h, conclusion, achievements, problems, measures, score, stated, extensions) ->
                        new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, h.get1(), h.get2(),
                                h.get3(), h.get4(), h.get5(), h.get6(), conclusion, achievements, problems, measures,
                                score, stated, extensions));
    }

    private static Arbitrary<EvaluationDocument> projectDocuments() {
        return Combinators.combine(years(), departments(), funds().injectNull(0.2), texts().list().ofMaxSize(2),
                        keyTasks(), longText().injectNull(0.3), statedScores().injectNull(0.5))
                .as((year, department, funds, goals, project, conclusion, stated) ->
                        new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.PROJECT, year, department, List.of(),
                                funds, goals, List.of(project), conclusion, List.of(), List.of(), List.of(), null,
                                stated, null));
    }

    /** 自评得分 as reports state it: a total (up to six decimals), a grade's word, or both, and the sentence. */
    private static Arbitrary<StatedScore> statedScores() {
        Arbitrary<BigDecimal> totals = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(6),
                        Arbitraries.integers().between(0, 6))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
        return Combinators.combine(totals.injectNull(0.3),
                        Arbitraries.of("优", "良", "中", "差", "优秀", "良好", "合格", "较好").injectNull(0.3),
                        longText().injectNull(0.4), extensions())
                .as(StatedScore::new);
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1990, 2100);
    }

    private static Arbitrary<Department> departments() {
        return Combinators.combine(names(), Arbitraries.strings().numeric().ofLength(9).injectNull(0.5),
                        Arbitraries.of("广州市荔湾区", "广州市越秀区", "深圳市福田区").injectNull(0.3),
                        names().injectNull(0.5), extensions())
                .as(Department::new);
    }

    private static Arbitrary<Funds> funds() {
        Arbitrary<SourceFunds> source = Combinators.combine(Arbitraries.of(FundSource.class),
                        amounts().injectNull(0.5), amounts(), extensions())
                .as(SourceFunds::new);
        Arbitrary<FundsByNature> nature = Combinators.combine(amounts(), amounts(), amounts().injectNull(0.5),
                        amounts().injectNull(0.5), extensions())
                .as(FundsByNature::new);
        return Combinators.combine(amounts(), amounts().injectNull(0.5), amounts(), rates().injectNull(0.3),
                        source.list().ofMaxSize(5), nature.injectNull(0.3), amounts().injectNull(0.3), extensions())
                .as(Funds::new);
    }

    private static Arbitrary<KeyTask> keyTasks() {
        Arbitrary<Tuple.Tuple5<String, String, BigDecimal, BigDecimal, BigDecimal>> head = Combinators.combine(names(),
                longText().injectNull(0.3), amounts().injectNull(0.2), amounts().injectNull(0.2),
                rates().injectNull(0.2)).as(Tuple::of);
        return Combinators.combine(head, longText().injectNull(0.3), names().injectNull(0.7),
                        indicators().list().ofMaxSize(6), extensions())
                .as((h, outcome, leader, indicators, extensions) -> new KeyTask(h.get1(), h.get2(), h.get3(), h.get4(),
                        h.get5(), outcome, leader, indicators, extensions));
    }

    private static Arbitrary<Indicator> indicators() {
        Arbitrary<Tuple.Tuple6<IndicatorSubcategory, Boolean, String, Target, Target, Target>> head =
                Combinators.combine(Arbitraries.of(IndicatorSubcategory.class).injectNull(0.2),
                        Arbitraries.of(true, false).injectNull(0.5), names(), targets().injectNull(0.2),
                        targets().injectNull(0.2), targets().injectNull(0.4)).as(Tuple::of);
        return Combinators.combine(head, Arbitraries.of(true, false).injectNull(0.3), rates().injectNull(0.8),
                        rates().injectNull(0.7), rates().injectNull(0.7), longText().injectNull(0.7), extensions())
                .as((h, met, rating, score, weight, reason, extensions) -> new Indicator(
                        h.get1() == null ? null : h.get1().category(), h.get1(), h.get2(), h.get3(), h.get4(),
                        h.get5(), h.get6(), met, rating, score, weight, reason, extensions));
    }

    /** Targets as reports word them, and targets given by their meaning alone. */
    private static Arbitrary<Target> targets() {
        Arbitrary<Target> worded = Combinators.combine(Arbitraries.of(WORDINGS), extensions())
                .as((text, extensions) -> {
                    Target parsed = Target.parse(text);
                    return new Target(text, parsed.comparator(), parsed.value(), parsed.unit(), extensions);
                });
        Arbitrary<Target> numeric = Combinators.combine(
                        Arbitraries.of(Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.MORE_THAN,
                                Comparison.LESS_THAN),
                        decimals(), Arbitraries.of("%", "次", "万元", "人次", "天").injectNull(0.2))
                .as((comparison, value, unit) -> new Target(null, comparison, value, unit, null));
        return Arbitraries.oneOf(worded, numeric);
    }

    private static Arbitrary<EvaluationScore> scores() {
        Arbitrary<EvaluationScore.IndicatorScore> indicator = Combinators.combine(names(),
                        Arbitraries.of(IndicatorCategory.class).injectNull(0.3), rates(), rates(), rates(),
                        rates().injectNull(0.7), names().injectNull(0.5), extensions())
                .as(EvaluationScore.IndicatorScore::new);
        Arbitrary<Tuple.Tuple5<String, BigDecimal, Grade, BigDecimal, BigDecimal>> head = Combinators.combine(names(),
                rates(), Arbitraries.of(Grade.class), rates(), rates().injectNull(0.3)).as(Tuple::of);
        Arbitrary<EvaluationScore.KeyTaskScore> task = Combinators.combine(head, rates().injectNull(0.3),
                        rates().injectNull(0.3), rates().injectNull(0.8), indicator.list().ofMaxSize(3), extensions())
                .as((h, indicatorScore, weight, cap, indicators, extensions) -> new EvaluationScore.KeyTaskScore(
                        h.get1(), h.get2(), h.get3(), h.get4(), h.get5(), indicatorScore, weight, cap, indicators,
                        extensions));
        Arbitrary<Tuple.Tuple4<String, BigDecimal, Grade, BigDecimal>> top = Combinators.combine(
                Arbitraries.of("MOF_2020", "GD_2021"), rates(), Arbitraries.of(Grade.class), rates()).as(Tuple::of);
        Arbitrary<EvaluationScore> scored = Combinators.combine(top, rates().injectNull(0.3),
                        rates().injectNull(0.3), rates().injectNull(0.8), task.list().ofMaxSize(3), stated(),
                        extensions())
                .as((t, rate, indicatorScore, cap, tasks, stated, extensions) -> new EvaluationScore(t.get1(),
                        t.get2(), t.get3(), null, stated, t.get4(), rate, indicatorScore, cap, tasks, extensions));
        Arbitrary<EvaluationScore> notScorable = Combinators.combine(Arbitraries.of("MOF_2020", "GD_2021"),
                        Arbitraries.of("NO_KEY_TASKS", "NO_INDICATORS"), names(), texts(), rates().injectNull(0.3),
                        stated())
                .as((profile, reason, message, suggestion, execution, stated) -> new EvaluationScore(profile, null,
                        null, new EvaluationScore.NotScorable(reason, message, suggestion), stated, execution, null,
                        null, null, List.of(), null));
        return Arbitraries.frequencyOf(Tuple.of(4, scored), Tuple.of(1, notScorable));
    }

    /** A stated score beside a computed one, or none. */
    private static Arbitrary<EvaluationScore.Stated> stated() {
        return Combinators.combine(rates().injectNull(0.3), Arbitraries.of("优", "良好").injectNull(0.3),
                        decimals().injectNull(0.3))
                .as(EvaluationScore.Stated::new).injectNull(0.6);
    }

    /** Fields a document may carry beyond format v1. */
    private static Arbitrary<Map<String, Object>> extensions() {
        Arbitrary<Object> value = Arbitraries.oneOf(names().map(Object.class::cast),
                Arbitraries.integers().between(-1000, 1000).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                decimals().filter(d -> d.scale() > 0).map(Object.class::cast));
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(k -> "x" + k), value)
                .ofMaxSize(2).injectNull(0.3);
    }

    /** Money in 万元 with up to six decimals. */
    private static Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999")).ofScale(6),
                        Arbitraries.integers().between(0, 6))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
    }

    private static Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(2);
    }

    private static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("1000000")).ofScale(3);
    }

    /** Names in Chinese and Latin letters and digits, as units and indicators are named. */
    private static Arbitrary<String> names() {
        return Arbitraries.strings().withChars("妇联活动组织建设阵地案件办结率满意度（%）“”三八节ABC123 -·")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank()).map(String::strip);
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("坚持党建引领，实施行动。一是二是；“”（）《》0123456789%.\n")
                .ofMinLength(1).ofMaxLength(120);
    }

    private static Arbitrary<String> longText() {
        return texts().list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
    }
}
