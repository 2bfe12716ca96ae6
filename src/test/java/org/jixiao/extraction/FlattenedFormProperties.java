package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorSubcategory;

/**
 * A 项目支出绩效自评表 laid out as rows of cells, as the Ministry's form has it, then flattened into text in each of
 * the ways real publications are: a cell a line, cells between |, between tabs, between single spaces, the whole
 * form on one line; and the same in traditional characters. Each reads back with the same facts: unit, 主管部门,
 * project, year, funds, and every indicator with its levels, target, actual, points, score and reason.
 */
class FlattenedFormProperties {

    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");
    private final ReportExtractor extractor = new ReportExtractor();

    /** How a form's rows of cells became text. */
    enum Flattening {
        CELL_A_LINE, BARS, TABS, SPACES, ONE_LINE;

        String apply(List<List<String>> rows) {
            StringBuilder text = new StringBuilder();
            for (List<String> row : rows) {
                List<String> filled = row.stream().filter(c -> !c.isEmpty()).toList();
                switch (this) {
                    case CELL_A_LINE -> filled.forEach(c -> text.append(c).append('\n'));
                    case BARS -> text.append(String.join(" | ", filled)).append(" | |\n");
                    case TABS -> text.append(String.join("\t", row)).append('\n');
                    case SPACES -> text.append(String.join(" ", filled)).append('\n');
                    case ONE_LINE -> text.append(String.join(" ", filled)).append(' ');
                }
            }
            return text.toString();
        }
    }

    /** One indicator of the form. */
    record Line(IndicatorSubcategory level2, String name, String target, String actual, int weight, BigDecimal score,
            String reason) {
    }

    /** The form's facts. */
    record Form(String unit, String parent, String project, int year, BigDecimal budget, BigDecimal executed,
            List<Line> lines) {

        BigDecimal rate() {
            return executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
        }

        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("项目支出绩效自评表"));
            rows.add(List.of("（" + year + "年度）"));
            rows.add(List.of("项目名称", project, "", ""));
            rows.add(List.of("主管部门", parent, "实施单位", unit));
            rows.add(List.of("项目资金（万元）", "全年预算数", "全年执行数", "分值", "执行率", "得分"));
            BigDecimal points = rate().min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
            rows.add(List.of("年度资金总额", plain(budget), plain(executed), "10", plain(rate()) + "%", plain(points)));
            rows.add(List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"));
            IndicatorSubcategory last = null;
            for (Line line : lines) {
                boolean newLevel = line.level2() != last;
                boolean newCategory = last == null || line.level2().category() != last.category();
                rows.add(List.of(newCategory ? level1(line.level2()) : "", newLevel ? line.level2().label() : "",
                        line.name(), line.target(), line.actual(), String.valueOf(line.weight()), plain(line.score()),
                        line.reason()));
                last = line.level2();
            }
            return rows;
        }

        private static String level1(IndicatorSubcategory level2) {
            return switch (level2.category()) {
                case OUTPUT, COST -> "产出指标";
                case BENEFIT -> "效益指标";
                case SATISFACTION -> "满意度指标";
            };
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static final List<String> UNITS = List.of("青禾县文化馆", "东坪镇人民政府", "某区养老服务中心", "城西街道办事处",
            "某市档案馆", "某县疾病预防控制中心");
    private static final List<String> PARENTS = List.of("青禾县文化和旅游局", "某区民政局", "某县卫生健康局", "某市教育局");
    private static final List<String> PROJECTS = List.of("乡村文艺巡演经费", "社区助老服务", "档案数字化专项", "校舍维修改造",
            "困难群众救助补助资金", "农村饮水安全巩固提升工程");
    private static final List<String> NAMES = List.of("送戏下乡场次", "培训人次", "维修校舍面积", "资金拨付及时率", "验收合格率",
            "受益群众人数", "带动农户增收", "群众满意度", "设备完好率", "档案数字化页数", "项目完成时间", "宣传覆盖率");

    @Provide
    Arbitrary<Form> forms() {
        Arbitrary<BigDecimal> budgets = Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(9999))
                .ofScale(2);
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.of(IndicatorSubcategory.QUANTITY, IndicatorSubcategory.QUALITY, IndicatorSubcategory.TIMELINESS,
                        IndicatorSubcategory.SOCIAL, IndicatorSubcategory.ECONOMIC, IndicatorSubcategory.SERVICE_RECIPIENT),
                Arbitraries.integers().between(1, 500), Arbitraries.of("次", "人", "%", "万元", "个"),
                Arbitraries.integers().between(5, 30), Arbitraries.integers().between(0, 10),
                Arbitraries.of("", "因天气原因延期", "受疫情影响部分未完成"), Arbitraries.of(">=", "=", "qualitative"))
                .as((level2, value, unit, weight, lost, reason, kind) -> {
                    String target = switch (kind) {
                        case ">=" -> "≥" + value + unit;
                        case "=" -> value + unit;
                        default -> "按计划完成";
                    };
                    String actual = kind.equals("qualitative") ? "已完成" : (value + 1) + unit;
                    return new Line(level2, null, target, actual, weight,
                            BigDecimal.valueOf(Math.max(0, weight - lost)), reason);
                });
        Arbitrary<List<Line>> lines = line.list().ofMinSize(1).ofMaxSize(8).map(FlattenedFormProperties::ordered);
        return Combinators.combine(Arbitraries.of(UNITS), Arbitraries.of(PARENTS), Arbitraries.of(PROJECTS),
                Arbitraries.integers().between(2016, 2025), budgets, Arbitraries.integers().between(1, 100), lines)
                .as((unit, parent, project, year, budget, percent, ls) -> new Form(unit, parent, project, year, budget,
                        budget.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                                .max(new BigDecimal("0.01")), ls));
    }

    /** Indicators grouped by level, each with its own name, as a form lists them. */
    private static List<Line> ordered(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::level2));
        List<Line> named = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            named.add(new Line(l.level2(), NAMES.get(i), l.target(), l.actual(), l.weight(), l.score(), l.reason()));
        }
        return named;
    }

    @Property(tries = 100)
    void aFlattenedFormReadsBackWithTheSameFacts(@ForAll("forms") Form form, @ForAll Flattening flattening) {
        String text = flattening.apply(form.rows());

        EvaluationDocument d = extractor.extract("form.txt", text.getBytes(StandardCharsets.UTF_8)).document();

        assertSameFacts(form, d, false);
    }

    @Property(tries = 50)
    void theSameInTraditionalCharacters(@ForAll("forms") Form form, @ForAll Flattening flattening) {
        String text = TO_TRADITIONAL.transliterate(flattening.apply(form.rows()));

        EvaluationDocument d = extractor.extract("form.txt", text.getBytes(StandardCharsets.UTF_8)).document();

        assertSameFacts(form, d, true);
    }

    /**
     * The form as a document site's preview prints it: each row's cells run together with nothing between them, the
     * rows on lines or all on one. Not every figure can be told apart then (12.512.5); what is read must be right.
     */
    @Property(tries = 100)
    void aFormRunTogetherGivesNoWrongFigure(@ForAll("forms") Form form, @ForAll boolean oneLine) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : form.rows()) {
            row.forEach(text::append);
            text.append(oneLine ? "" : "\n");
        }

        ExtractionResult result = extractor.extract("form.txt", text.toString().getBytes(StandardCharsets.UTF_8));
        EvaluationDocument d = result.document();

        if (d.funds() != null) {
            assertEqualOrEmpty(d.funds().budget(), form.budget());
            assertEqualOrEmpty(d.funds().executed(), form.executed());
            assertEqualOrEmpty(d.funds().executionRate(), form.rate());
        }
        for (Indicator indicator : d.keyTasks().isEmpty() ? List.<Indicator>of() : d.keyTasks().get(0).indicators()) {
            Line line = form.lines().stream().filter(l -> l.name().equals(indicator.name())).findFirst().orElse(null);
            if (line == null) {
                continue; // a name run into the row before's reason: its figures are checked by their own row
            }
            if (indicator.annualTarget() != null) {
                assertThat(indicator.annualTarget().text()).isEqualTo(line.target());
            }
            if (indicator.actual() != null) {
                assertThat(indicator.actual().text()).isEqualTo(line.actual());
            }
            assertEqualOrEmpty(indicator.weight(), BigDecimal.valueOf(line.weight()));
            assertEqualOrEmpty(indicator.score(), line.score());
        }
    }

    private static void assertEqualOrEmpty(BigDecimal read, BigDecimal stated) {
        if (read != null) {
            assertThat(read).isEqualByComparingTo(stated);
        }
    }

    private static void assertSameFacts(Form form, EvaluationDocument d, boolean traditional) {
        assertThat(d.fiscalYear()).isEqualTo(form.year());
        assertThat(fold(d.department().name())).isEqualTo(fold(form.unit(), traditional));
        assertThat(fold(d.department().parent())).isEqualTo(fold(form.parent(), traditional));
        assertThat(d.keyTasks()).hasSize(1);
        assertThat(fold(d.keyTasks().get(0).name())).isEqualTo(fold(form.project(), traditional));
        assertThat(d.funds().budget()).isEqualByComparingTo(form.budget());
        assertThat(d.funds().executed()).isEqualByComparingTo(form.executed());
        assertThat(d.funds().executionRate()).isEqualByComparingTo(form.rate());
        List<Indicator> read = d.keyTasks().get(0).indicators();
        assertThat(read).hasSize(form.lines().size());
        for (int i = 0; i < read.size(); i++) {
            Line line = form.lines().get(i);
            Indicator indicator = read.get(i);
            assertThat(fold(indicator.name())).isEqualTo(fold(line.name(), traditional));
            assertThat(indicator.level2()).isEqualTo(line.level2());
            assertThat(indicator.level1()).isEqualTo(line.level2().category());
            assertThat(fold(indicator.annualTarget().text())).isEqualTo(fold(line.target(), traditional));
            assertThat(fold(indicator.actual().text())).isEqualTo(fold(line.actual(), traditional));
            assertThat(indicator.weight()).isEqualByComparingTo(BigDecimal.valueOf(line.weight()));
            assertThat(indicator.score()).isEqualByComparingTo(line.score());
            if (line.reason().isEmpty()) {
                assertThat(indicator.deviationReason()).isNull();
            } else {
                assertThat(fold(indicator.deviationReason())).isEqualTo(fold(line.reason(), traditional));
            }
        }
    }

    private static String fold(String text, boolean traditional) {
        return fold(traditional ? TO_TRADITIONAL.transliterate(text) : text);
    }

    private static String fold(String text) {
        return text == null ? null : Folding.fold(text);
    }
}
