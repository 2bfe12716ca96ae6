package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.Target;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;

/**
 * extract(render(document)) for department documents built through the domain's records, of what a report carries:
 * canonical text (sentences that end, names without punctuation), stated levels or levels marked inferred, any
 * 单位编码, region, 主管部门 and 项目负责人, rates stated or not.
 */
class RoundTripProperties {

    private static final List<String> WORDS = List.of("巾帼", "家庭", "儿童", "社区", "服务", "宣传", "培训", "阵地", "关爱",
            "维权", "文化", "妇女", "创业", "就业", "志愿", "书香", "公益", "讲座");
    private static final List<String> TARGETS = List.of("98%以上", "≥95%", "100%", "1次", "4次", "30余场", "不低于90%",
            "≤1.8万元", "5万人次以上", "3个工作日内", "达到预期");
    private static final List<String> ACTUALS = List.of("100%", "96%", "1次", "4次", "5000人次", "达到预期", "基本达成");

    @Property(tries = 300)
    void aDocxReportGivesTheDocumentBack(@ForAll("documents") EvaluationDocument document) {
        roundTrip(document, ReportFormat.DOCX);
    }

    @Property(tries = 60)
    void aPdfReportGivesTheDocumentBack(@ForAll("documents") EvaluationDocument document) {
        roundTrip(document, ReportFormat.PDF);
    }

    @Property(tries = 80)
    void aWorkbookGivesTheDocumentBack(@ForAll("documents") EvaluationDocument document) {
        roundTrip(document, ReportFormat.XLSX);
    }

    private static void roundTrip(EvaluationDocument document, ReportFormat format) {
        byte[] report = ReportRenderer.render(document, format).content();

        EvaluationDocument extracted = new ReportExtractor().extract("report." + format.extension(), report).document();

        assertThat(DocumentDiff.of(document, extracted)).isEmpty();
    }

    @Provide
    Arbitrary<EvaluationDocument> documents() {
        return Arbitraries.oneOf(departments(), projects());
    }

    /** A project as format v1 has it: its funds are the project's, its goals its 预期目标 (docs/document-format.md). */
    private static Arbitrary<EvaluationDocument> projects() {
        Arbitrary<Department> unit = Combinators.combine(phrase(2, 4).map(p -> p + "中心"),
                        Arbitraries.strings().numeric().ofLength(9).injectNull(0.5),
                        Arbitraries.of("广州市荔湾区", "深圳市福田区").injectNull(0.3), phrase(2, 3).map(p -> p + "委员会"))
                .as((name, code, region, parent) -> new Department(name, code, region, parent, null));
        return Combinators.combine(Arbitraries.integers().between(2015, 2030), unit, sentences(0, 3), task(),
                        sentence().injectNull(0.2), sentences(0, 3))
                .as((year, department, functions, project, conclusion, achievements) -> {
                    Funds funds = new Funds(project.budget(), null, project.executed(), project.executionRate(),
                            List.of(), null, null, null);
                    return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.PROJECT, year, department, functions,
                            funds, List.of(project.expectedGoal()), List.of(project), conclusion, achievements,
                            List.of("部分指标设置偏少。"), List.of("完善指标体系。"), null, null);
                });
    }

    private static Arbitrary<EvaluationDocument> departments() {
        Arbitrary<Department> department = Combinators.combine(phrase(2, 4).map(p -> p + "联合会"),
                        Arbitraries.strings().numeric().ofLength(9).injectNull(0.5),
                        Arbitraries.of("广州市荔湾区", "深圳市福田区").injectNull(0.3), phrase(2, 3).map(p -> p + "委员会").injectNull(0.5))
                .as((name, code, region, parent) -> new Department(name, code, region, parent, null));
        Arbitrary<List<KeyTask>> tasks = task().list().ofMinSize(1).ofMaxSize(3).uniqueElements(KeyTask::name);
        return Combinators.combine(Arbitraries.integers().between(2015, 2030), department, sentences(1, 4), funds(),
                        sentences(1, 3), tasks, sentence().injectNull(0.2), sentences(0, 3))
                .as((year, unit, functions, funds, goals, keyTasks, conclusion, achievements) ->
                        new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, year, unit, functions,
                                funds, goals, keyTasks, conclusion, achievements, List.of("绩效指标设定不够精。"),
                                List.of("加强绩效培训。", "细化绩效指标。"), null, null));
    }

    private static Arbitrary<Funds> funds() {
        Arbitrary<BigDecimal> amount = amounts();
        Arbitrary<SourceFunds> source = Combinators.combine(Arbitraries.of(FundSource.GENERAL_PUBLIC_BUDGET,
                        FundSource.GOVERNMENT_FUND, FundSource.PRIOR_YEAR_CARRYOVER, FundSource.OTHER),
                        amount.injectNull(0.6), amount)
                .as((s, budget, executed) -> new SourceFunds(s, budget, executed, null));
        Arbitrary<FundsByNature> nature = Combinators.combine(amount, amount, amount.injectNull(0.6),
                        amount.injectNull(0.6))
                .as((basic, project, personnel, publicUse) -> new FundsByNature(basic, project, personnel, publicUse,
                        null));
        return Combinators.combine(amount, amount.injectNull(0.6), amount, Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2).injectNull(0.3),
                        source.list().ofMaxSize(3).uniqueElements(SourceFunds::source), nature.injectNull(0.2),
                        amount.injectNull(0.5))
                .as((budget, initial, executed, rate, sources, byNature, carryover) -> new Funds(budget, initial,
                        executed, rate, sources, byNature, carryover, null));
    }

    /** 万元 with two decimals, or up to six (a 分 is 0.000001 万元). */
    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999")).ofScale(6));
    }

    private static Arbitrary<KeyTask> task() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("999"))
                .ofScale(2);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1)
                .injectNull(0.3);
        Arbitrary<List<Indicator>> indicators = Combinators.combine(
                        indicator().list().ofMinSize(1).ofMaxSize(4).uniqueElements(Indicator::name),
                        Arbitraries.of(true, false))
                .as((list, weighted) -> weighted ? list.stream().map(RoundTripProperties::weighted).toList() : list);
        return Combinators.combine(phrase(2, 4).map(p -> p + "工作"), sentence(), amount, amount, rate,
                        Arbitraries.of("张丽", "陈明华", "李红").injectNull(0.5), sentence(), indicators)
                .as((name, goal, budget, executed, taskRate, leader, outcome, list) -> new KeyTask(name, goal, budget,
                        executed, taskRate, outcome, leader, list, null));
    }

    /** The indicator with the 分值 and 得分 the unit states in its table. */
    private static Indicator weighted(Indicator i) {
        BigDecimal weight = new BigDecimal(10 + Math.floorMod(i.name().hashCode(), 15));
        return i.toBuilder().score(weight.subtract(BigDecimal.ONE)).weight(weight).extensions(null).build();
    }

    private static Arbitrary<Indicator> indicator() {
        return Combinators.combine(Arbitraries.of(IndicatorSubcategory.class), Arbitraries.of(true, false),
                        phrase(2, 3).map(p -> p + "项目数"), Arbitraries.of(TARGETS), Arbitraries.of(TARGETS).injectNull(0.3),
                        Arbitraries.of(ACTUALS).injectNull(0.3), Arbitraries.of(true, false).injectNull(0.2),
                        Arbitraries.of(new BigDecimal("85"), new BigDecimal("72.5")).injectNull(0.7))
                .as((level2, inferred, name, annual, cycle, actual, met, rating) -> Indicator.builder()
                        .levels(level2.category(), level2, inferred).name(name)
                        .cycleTarget(cycle == null ? null : Target.parse(cycle)).annualTarget(Target.parse(annual))
                        .actual(actual == null ? null : Target.parse(actual)).met(met).rating(rating)
                        .deviationReason(Boolean.FALSE.equals(met) ? "受客观因素影响" : null).build());
    }

    private static Arbitrary<String> phrase(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(words -> String.join("", words));
    }

    private static Arbitrary<String> sentence() {
        return phrase(2, 6).map(p -> "持续推进" + p + "。");
    }

    private static Arbitrary<List<String>> sentences(int min, int max) {
        return sentence().list().ofMinSize(min).ofMaxSize(max).map(ArrayList::new);
    }
}
