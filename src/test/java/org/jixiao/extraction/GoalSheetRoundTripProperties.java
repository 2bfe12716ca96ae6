package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jixiao.document.Comparison;
import org.jixiao.document.Department;
import org.jixiao.document.GoalChecks;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.ReportFormat;

/**
 * extract(render(sheet)) for goal sheets made through the domain's own constructors: a project's or a department's,
 * every part stated or left out, money exact to the 分 (and beyond what a double holds), levels stated, half stated
 * or none, targets as units word them or made from a comparator and a figure, every basis with or without words,
 * texts long enough to wrap their cells and indicators enough to carry the table over pages. Rendered as DOCX, XLSX
 * and PDF and read back, the sheet is the same, field for field.
 *
 * <p>What a printed form cannot tell apart is kept out, as in {@link RoundTripProperties}: texts are canonical (no
 * space next to a Chinese character, no line breaks: a cell's lines are joined), a duty does not begin with a number
 * of its own, a basis in words does not begin with one of the four bases' names, a task has its name.
 */
class GoalSheetRoundTripProperties {

    private static final List<String> WORDS = List.of("社区", "文化", "活动", "档案", "数字化", "巾帼", "家庭", "儿童", "服务",
            "宣传", "培训", "阵地", "关爱", "维权", "志愿", "书香", "公益", "讲座", "库房", "安全", "体育", "赛事", "科普");
    private static final List<String> WORDINGS = List.of("98%以上", "≥95%", "100%", "1次", "≥60场", "30余场", "不低于90%",
            "≤1.8万元", "5万人次以上", "3个工作日内", "达到预期", "明显提升", "≥120万页", "≤5%", "0次");

    @Property(tries = 200)
    void aWordDocumentGivesTheSheetBack(@ForAll("sheets") GoalSheet sheet) {
        roundTrip(sheet, ReportFormat.DOCX);
    }

    @Property(tries = 200)
    void aWorkbookGivesTheSheetBack(@ForAll("sheets") GoalSheet sheet) {
        roundTrip(sheet, ReportFormat.XLSX);
    }

    @Property(tries = 60)
    void aPdfGivesTheSheetBack(@ForAll("sheets") GoalSheet sheet) {
        roundTrip(sheet, ReportFormat.PDF);
    }

    private static void roundTrip(GoalSheet sheet, ReportFormat format) {
        assertThat(GoalChecks.format(sheet)).as("the generator makes sheets the format allows").isEmpty();
        byte[] file = GoalSheetRenderer.render(sheet, format).content();

        GoalSheetReading reading = new GoalSheetExtractor().extract("sheet." + format.extension(), file);
        if (format == ReportFormat.PDF) {
            // the table carried over pages, rows cut by a page among them
            Statistics.label("pages").collect(PdfRuledTables.read("sheet.pdf", file).size() > 1 ? "several" : "one");
        }

        assertThat(reading.sheet()).as(reading.sourceText()).isEqualTo(sheet);
        assertThat(reading.sheet().funds() == null ? null : reading.sheet().funds().total())
                .isEqualTo(sheet.funds() == null ? null : sheet.funds().total());
    }

    @Provide
    Arbitrary<GoalSheet> sheets() {
        return generated();
    }

    /** Goal sheets of either kind, as the properties make them. */
    static Arbitrary<GoalSheet> generated() {
        return Arbitraries.oneOf(projects(), departments());
    }

    private static Arbitrary<GoalSheet> projects() {
        Arbitrary<Tuple.Tuple5<Integer, Department, String, String, GoalFunds>> head = Combinators.combine(years(),
                units(), phrase(2, 4).map(p -> p + "项目"), periods().injectNull(0.2), funds().injectNull(0.1))
                .as(Tuple::of);
        return Combinators.combine(head, sentences(0, 2), text().injectNull(0.3), text().injectNull(0.2),
                        indicators())
                .as((h, functions, longTerm, annual, indicators) -> new GoalSheet(null, Kind.PROJECT, h.get1(),
                        h.get2(), h.get3(), h.get4(), h.get5(), functions, List.of(), longTerm, annual, indicators,
                        null));
    }

    private static Arbitrary<GoalSheet> departments() {
        Arbitrary<Tuple.Tuple5<Integer, Department, String, GoalFunds, List<String>>> head = Combinators.combine(
                years(), units(), periods().injectNull(0.8), funds().injectNull(0.1), sentences(0, 5)).as(Tuple::of);
        return Combinators.combine(head, tasks(), text().injectNull(0.8), text().injectNull(0.2), indicators())
                .as((h, tasks, longTerm, annual, indicators) -> new GoalSheet(null, Kind.DEPARTMENT_OVERALL, h.get1(),
                        h.get2(), null, h.get3(), h.get4(), h.get5(), tasks, longTerm, annual, indicators, null));
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2015, 2035);
    }

    private static Arbitrary<Department> units() {
        return Combinators.combine(phrase(2, 4).map(p -> p + "中心"),
                        Arbitraries.strings().numeric().ofLength(9).injectNull(0.5),
                        Arbitraries.of("广州市荔湾区", "深圳市福田区", "北京市海淀区").injectNull(0.3),
                        phrase(2, 3).map(p -> p + "局").injectNull(0.3))
                .as((name, code, region, parent) -> new Department(name, code, region, parent, null));
    }

    private static Arbitrary<String> periods() {
        return Combinators.combine(Arbitraries.integers().between(2015, 2035), Arbitraries.integers().between(0, 4))
                .as((from, years) -> from + "年1月至" + (from + years) + "年12月");
    }

    /** The three figures, each stated or not; the parts need not make the total (a draft's may not). */
    private static Arbitrary<GoalFunds> funds() {
        return Combinators.combine(amounts().injectNull(0.1), amounts().injectNull(0.3), amounts().injectNull(0.3))
                .as(GoalFunds::new);
    }

    /** 万元 with two decimals, up to six (one 分), and now and then more digits than a double holds. */
    private static Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigDecimal> cents = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999")).ofScale(2);
        Arbitrary<BigDecimal> fen = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999")).ofScale(6),
                        Arbitraries.integers().between(0, 6))
                .as((value, scale) -> value.setScale(scale, RoundingMode.DOWN));
        Arbitrary<BigDecimal> huge = Arbitraries.bigDecimals()
                .between(new BigDecimal("100000000"), new BigDecimal("999999999999")).ofScale(6);
        return Arbitraries.frequencyOf(Tuple.of(6, cents), Tuple.of(3, fen), Tuple.of(1, huge));
    }

    private static Arbitrary<List<PlannedTask>> tasks() {
        Arbitrary<PlannedTask> task = Combinators.combine(phrase(2, 4).map(p -> p + "工作"), text().injectNull(0.2),
                        amounts().injectNull(0.2))
                .as(PlannedTask::new);
        return task.list().ofMinSize(0).ofMaxSize(4);
    }

    private static Arbitrary<List<GoalIndicator>> indicators() {
        Arbitrary<Tuple.Tuple4<IndicatorCategory, IndicatorSubcategory, String, Target>> head = Combinators.combine(
                levels(), Combinators.combine(phrase(2, 5), Arbitraries.of("场次", "率", "人次", "满意度", "数"))
                        .as(String::concat),
                targets().injectNull(0.7)).as((levels, name, cycle) -> Tuple.of(levels.get1(), levels.get2(), name,
                cycle));
        Arbitrary<GoalIndicator> indicator = Combinators.combine(head, targets().injectNull(0.1),
                        Arbitraries.of(TargetBasis.class).injectNull(0.15), basisNotes().injectNull(0.4))
                .as((h, annual, basis, note) -> new GoalIndicator(h.get1(), h.get2(), h.get3(), h.get4(), annual, basis,
                        note, null));
        return Arbitraries.frequencyOf(Tuple.of(3, indicator.list().ofMinSize(0).ofMaxSize(6)),
                Tuple.of(1, indicator.list().ofMinSize(10).ofMaxSize(24)));
    }

    /** Both levels, the first alone, the second alone, or neither; a cost under 产出 or on its own. */
    private static Arbitrary<Tuple.Tuple2<IndicatorCategory, IndicatorSubcategory>> levels() {
        Arbitrary<IndicatorSubcategory> second = Arbitraries.of(IndicatorSubcategory.class);
        return Arbitraries.frequencyOf(
                Tuple.of(8, second.map(s -> Tuple.of(s.category(), s))),
                Tuple.of(1, Arbitraries.just(Tuple.of(IndicatorCategory.OUTPUT, IndicatorSubcategory.COST))),
                Tuple.of(1, Arbitraries.of(IndicatorCategory.class).map(c -> Tuple.of(c, (IndicatorSubcategory) null))),
                Tuple.of(1, second.map(s -> Tuple.of((IndicatorCategory) null, s))),
                Tuple.of(1, Arbitraries.just(Tuple.of((IndicatorCategory) null, (IndicatorSubcategory) null))));
    }

    /** Targets as units word them, and targets made from a comparator and a figure (≥12.5%). */
    private static Arbitrary<Target> targets() {
        Arbitrary<Target> worded = Arbitraries.of(WORDINGS).map(Target::parse);
        Arbitrary<Target> made = Combinators.combine(
                        Arbitraries.of(Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.MORE_THAN,
                                Comparison.LESS_THAN),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                        Arbitraries.of("%", "次", "万元", "人次", "天", "场"))
                .as((comparison, value, unit) -> new Target(null, comparison, value, unit, null));
        return Arbitraries.oneOf(worded, made);
    }

    /** What a target rests on in words: a year's figure, a standard, a plan. */
    private static Arbitrary<String> basisNotes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(2015, 2030).map(y -> y + "年实际完成值"),
                phrase(2, 3).map(p -> "《" + p + "三年行动计划》"), text());
    }

    private static Arbitrary<String> phrase(int min, int max) {
        return Arbitraries.of(WORDS).list().ofMinSize(min).ofMaxSize(max).map(words -> String.join("", words));
    }

    private static Arbitrary<String> sentence() {
        return Combinators.combine(phrase(2, 8), Arbitraries.of("。", "；", "", "，覆盖率达到95%。", "，全年不少于30场。"))
                .as((p, end) -> "持续推进" + p + end);
    }

    /** A text of one to six sentences: from a line to a cell of many. */
    private static Arbitrary<String> text() {
        return sentence().list().ofMinSize(1).ofMaxSize(6).map(s -> String.join("", s));
    }

    private static Arbitrary<List<String>> sentences(int min, int max) {
        return sentence().list().ofMinSize(min).ofMaxSize(max);
    }
}
