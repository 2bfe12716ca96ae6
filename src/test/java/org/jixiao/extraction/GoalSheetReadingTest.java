package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.document.Department;
import org.jixiao.document.Finding;
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
import org.jixiao.support.GoalSheets;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Goal sheets read back: the forms {@code render} writes, and the same layout typed by a person (cells of other
 * widths, levels merged down, money in 元, blank rows, 指标值 written ≥95%). A value that cannot be read stays empty
 * with a warning naming its line; what is no goal sheet is refused in one line.
 */
class GoalSheetReadingTest {

    private static final GoalSheetExtractor EXTRACTOR = new GoalSheetExtractor();

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"DOCX", "XLSX", "PDF"})
    void aRenderedProjectSheetReadsBackAsTheSameSheet(ReportFormat format) {
        GoalSheetReading reading = roundTrip(GoalSheets.project(), format);

        assertThat(reading.warnings()).isEmpty();
        assertThat(reading.sheet().funds().appropriation()).isEqualByComparingTo("100.254321");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"DOCX", "XLSX", "PDF"})
    void aRenderedDepartmentSheetReadsBackAsTheSameSheet(ReportFormat format) {
        roundTrip(GoalSheets.department(), format);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"DOCX", "XLSX", "PDF"})
    void aSheetBegunBlankReadsBackBlankWithWhatIsMissingSaid(ReportFormat format) {
        GoalSheet blank = GoalSheet.blank(Kind.PROJECT, 2027, Department.named("空白单位", null), "新项目");

        GoalSheetReading reading = roundTrip(blank, format);

        assertThat(reading.warnings()).extracting(Finding::path).contains("$.funds.total", "$.funds.appropriation",
                "$.funds.other");
        assertThat(reading.warnings()).extracting(Finding::message).allMatch(m -> m.matches("第 \\d+ 行：.*"));
    }

    @Test
    void aTableCarriedOverPagesJoinsTheRowsThePagesCut() {
        // notes long enough that rows are cut by the page: the rest of a row heads the next page without its levels
        String note = "依据《荔湾区公共文化服务体系建设三年行动计划》确定，参照近三年全区同类活动的平均完成情况并结合本年度预算安排测算。";
        List<GoalIndicator> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "举办活动场次" + i, null,
                    Target.parse("≥" + (10 + i) + "场"), TargetBasis.PLAN, note + note, null));
        }
        GoalSheet sheet = GoalSheets.project().withIndicators(many);
        byte[] pdf = GoalSheetRenderer.render(sheet, ReportFormat.PDF).content();

        List<Grid> pages = PdfRuledTables.read("long.pdf", pdf);
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.stream().skip(1).map(p -> p.rows().get(0)))
                .as("a page begins with the rest of a row cut, its level cells empty")
                .anyMatch(row -> row.get(1).isEmpty() && row.get(2).isEmpty() && !row.get(5).isEmpty());
        assertThat(EXTRACTOR.extract("long.pdf", pdf).sheet()).isEqualTo(sheet);
    }

    @Test
    void aProjectSheetTypedInWordWithMergedCellsAndTablesOfOtherWidthsIsRead() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("2026年度项目支出绩效目标申报表");
            document.createParagraph().createRun().setText("填报单位（盖章）：荔湾区示例文化馆");
            XWPFTable head = document.createTable();
            row(head, true, "项目名称", "社区文化活动", "", "");
            span(head.getRow(0).getCell(1), 3);
            row(head, false, "主管部门", "广州市荔湾区文化广电旅游体育局", "实施单位", "荔湾区示例文化馆");
            row(head, false, "实施期限", "2026年1月至2026年12月", "", "");
            row(head, false, "项目资金（万元）", "年度资金总额：", "1,200.50", "");
            row(head, false, "", "其中：财政拨款", "1,000.5", "");
            row(head, false, "", "其他资金", "200", "");
            merged(head, 3, 5, 0);
            row(head, false, "", "", "", "");
            row(head, false, "总体目标", "中长期目标", "年度目标", "");
            row(head, false, "", "三年内覆盖全区22条街道。", "全年开展活动60场。", "");
            merged(head, 7, 8, 0);
            XWPFTable indicators = document.createTable();
            row(indicators, true, "一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据");
            row(indicators, false, "产出指标", "数量指标", "开展活动场次", "≥60场", "历史标准（上年56场）");
            row(indicators, false, "", "质量指标", "活动方案审核通过率", "100%", "行业标准");
            row(indicators, false, "", "", "", "", "");
            row(indicators, false, "", "", "活动按期完成率", "≥95%", "计划标准，区文化三年计划");
            merged(indicators, 1, 4, 0);
            row(indicators, false, "满意度指标", "服务对象满意度指标", "群众满意度", "≥ 90 %", "上年测评结果");
            docx = bytes(document);
        }

        GoalSheetReading reading = EXTRACTOR.extract("typed.docx", docx);

        GoalSheet sheet = reading.sheet();
        assertThat(sheet.kind()).isEqualTo(Kind.PROJECT);
        assertThat(sheet.fiscalYear()).isEqualTo(2026);
        assertThat(sheet.project()).isEqualTo("社区文化活动");
        assertThat(sheet.department()).isEqualTo(new Department("荔湾区示例文化馆", null, null,
                "广州市荔湾区文化广电旅游体育局", null));
        assertThat(sheet.period()).isEqualTo("2026年1月至2026年12月");
        assertThat(sheet.funds()).isEqualTo(new GoalFunds(new BigDecimal("1200.5"), new BigDecimal("1000.5"),
                new BigDecimal("200")));
        assertThat(sheet.longTermGoal()).isEqualTo("三年内覆盖全区22条街道。");
        assertThat(sheet.annualGoal()).isEqualTo("全年开展活动60场。");
        assertThat(sheet.indicators()).containsExactly(
                new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "开展活动场次", null,
                        Target.parse("≥60场"), TargetBasis.HISTORICAL, "上年56场", null),
                new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "活动方案审核通过率", null,
                        Target.parse("100%"), TargetBasis.INDUSTRY, null, null),
                new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "活动按期完成率", null,
                        Target.parse("≥95%"), TargetBasis.PLAN, "区文化三年计划", null),
                new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "群众满意度",
                        null, Target.parse("≥ 90 %"), null, "上年测评结果", null));
        assertThat(sheet.indicators().get(3).annualTarget().value()).isEqualByComparingTo("90");
        assertThat(reading.warnings()).isEmpty();
    }

    @Test
    void aDepartmentsSheetKeptInExcelInYuanWithItsDutiesInOneCellIsRead() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            cells(sheet, 0, "部门整体支出绩效目标申报表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            cells(sheet, 1, "（2026年度）");
            cells(sheet, 2, "", "", "", "", "单位：元");
            cells(sheet, 3, "部门（单位）名称", "荔湾区示例档案馆");
            cells(sheet, 5, "年度资金总额", 6883400.0, "财政拨款", 6500000.0, "其他资金");
            sheet.getRow(5).createCell(5).setCellValue(383400.0);
            cells(sheet, 6, "部门职能", "1.负责全区档案的收集和保管；2.指导全区档案工作；3.开展档案宣传。");
            cells(sheet, 7, "年度主要任务", "任务名称", "主要内容", "", "预算金额");
            cells(sheet, 8, "", "档案数字化", "扫描120万页", "", 1800000.0);
            cells(sheet, 9, "", "库房维护", "温湿度监控", "", "四十五万");
            cells(sheet, 10, "年度总体目标", "完成数字化120万页，库房安全零事故。");
            cells(sheet, 12, "一级指标", "二级指标", "三级指标", "指标值", "设定依据");
            cells(sheet, 13, "产出指标", "数量指标", "数字化页数", "≥120万页", "计划标准");
            cells(sheet, 14, "", "", "库房巡查次数", "≥52次", "其他：安全制度");
            cells(sheet, 15, "满意度指标", "", "查档满意度", "≥95%", "行业标准");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        GoalSheetReading reading = EXTRACTOR.extract("档案馆.xlsx", xlsx);

        GoalSheet sheet = reading.sheet();
        assertThat(sheet.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(sheet.fiscalYear()).isEqualTo(2026);
        assertThat(sheet.department().name()).isEqualTo("荔湾区示例档案馆");
        assertThat(sheet.funds()).isEqualTo(new GoalFunds(new BigDecimal("688.34"), new BigDecimal("650"),
                new BigDecimal("38.34")));
        assertThat(sheet.functions()).containsExactly("负责全区档案的收集和保管", "指导全区档案工作", "开展档案宣传。");
        assertThat(sheet.tasks()).containsExactly(new PlannedTask("档案数字化", "扫描120万页", new BigDecimal("180")),
                new PlannedTask("库房维护", "温湿度监控", null));
        assertThat(sheet.annualGoal()).isEqualTo("完成数字化120万页，库房安全零事故。");
        assertThat(sheet.indicators()).extracting(GoalIndicator::level1, GoalIndicator::level2, GoalIndicator::basis)
                .containsExactly(
                        tuple(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,
                                TargetBasis.PLAN),
                        tuple(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,
                                TargetBasis.OTHER),
                        tuple(IndicatorCategory.SATISFACTION, null, TargetBasis.INDUSTRY));
        assertThat(sheet.indicators().get(1).basisNote()).isEqualTo("安全制度");
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("$.tasks[1].budget");
            assertThat(w.message()).startsWith("第 " + line(reading, "库房维护") + " 行：").contains("四十五万", "未填入");
        });
    }

    @Test
    void aSheetCopiedAsTextWithTabsIsRead() {
        String text = String.join("\n", "2026年度项目支出绩效目标申报表",
                "项目名称\t社区文化活动",
                "主管部门\t广州市荔湾区文化广电旅游体育局\t实施单位\t荔湾区示例文化馆",
                "实施期限\t2026年1月至2026年12月",
                "项目资金（万元）\t年度资金总额\t120.5",
                "\t其中：财政拨款\t100.5",
                "\t其他资金\t20",
                "",
                "总体目标\t中长期目标\t年度目标",
                "\t三年覆盖全区。\t全年60场。",
                "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t指标值设定依据",
                "\t产出指标\t数量指标\t活动场次\t≥60场\t历史标准：上年56场",
                "\t\t\t参与人次\t≥2万人次\t计划标准",
                "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t行业标准");

        GoalSheet sheet = EXTRACTOR.extract("copied.txt", text.getBytes(StandardCharsets.UTF_8)).sheet();

        assertThat(sheet.project()).isEqualTo("社区文化活动");
        assertThat(sheet.funds().total()).isEqualByComparingTo("120.5");
        assertThat(sheet.longTermGoal()).isEqualTo("三年覆盖全区。");
        assertThat(sheet.annualGoal()).isEqualTo("全年60场。");
        assertThat(sheet.indicators()).extracting(GoalIndicator::name).containsExactly("活动场次", "参与人次", "群众满意度");
        assertThat(sheet.indicators().get(1).level2()).isEqualTo(IndicatorSubcategory.QUANTITY);
        assertThat(sheet.indicators().get(0).basisNote()).isEqualTo("上年56场");
    }

    @Test
    void aSheetTypedAsLinesOfLabelsAndATableSetWithSpacesIsRead() {
        String text = String.join("\n", "部门整体支出绩效目标申报表（2026年度）",
                "单位名称：荔湾区示例体育中心",
                "年度资金总额：300万元    其中：财政拨款：280万元    其他资金：20万元",
                "部门职能：负责全民健身活动的组织与指导。",
                "年度总体目标：全年举办赛事30场。",
                "一级指标    二级指标    三级指标        指标值      指标值设定依据",
                "产出指标    数量指标    举办赛事场次    ≥30场       历史标准",
                "满意度指标  服务对象满意度指标  参赛群众满意度  ≥90%  行业标准");

        GoalSheetReading reading = EXTRACTOR.extract("typed.txt", text.getBytes(StandardCharsets.UTF_8));

        GoalSheet sheet = reading.sheet();
        assertThat(sheet.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(sheet.fiscalYear()).isEqualTo(2026);
        assertThat(sheet.department().name()).isEqualTo("荔湾区示例体育中心");
        assertThat(sheet.funds()).isEqualTo(new GoalFunds(new BigDecimal("300"), new BigDecimal("280"),
                new BigDecimal("20")));
        assertThat(sheet.functions()).containsExactly("负责全民健身活动的组织与指导。");
        assertThat(sheet.annualGoal()).isEqualTo("全年举办赛事30场。");
        assertThat(sheet.indicators()).extracting(GoalIndicator::name, i -> i.annualTarget().text(), GoalIndicator::basis)
                .containsExactly(tuple("举办赛事场次", "≥30场", TargetBasis.HISTORICAL),
                        tuple("参赛群众满意度", "≥90%", TargetBasis.INDUSTRY));
    }

    @Test
    void aPdfTypedElsewhereWithItsBordersDrawnAsLinesAndMergedLevelsIsRead() throws IOException {
        byte[] pdf = typedPdf();

        GoalSheetReading reading = EXTRACTOR.extract("typed.pdf", pdf);

        GoalSheet sheet = reading.sheet();
        assertThat(sheet.kind()).isEqualTo(Kind.PROJECT);
        assertThat(sheet.fiscalYear()).isEqualTo(2025);
        assertThat(sheet.project()).isEqualTo("全民健身赛事活动");
        assertThat(sheet.department().name()).isEqualTo("荔湾区示例体育中心");
        assertThat(sheet.funds().total()).isEqualByComparingTo("85.6");
        assertThat(sheet.funds().appropriation()).isEqualByComparingTo("85.6");
        assertThat(sheet.indicators()).extracting(GoalIndicator::level1, GoalIndicator::level2, GoalIndicator::name)
                .containsExactly(
                        tuple(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY,
                                "举办赛事场次"),
                        tuple(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY,
                                "赛事安全事故率"),
                        tuple(IndicatorCategory.SATISFACTION,
                                IndicatorSubcategory.SERVICE_RECIPIENT, "参赛群众满意度"));
        assertThat(sheet.indicators().get(1).annualTarget().text()).isEqualTo("0");
        assertThat(sheet.indicators().get(0).basis()).isEqualTo(TargetBasis.HISTORICAL);
    }

    @Test
    void aFigureThatIsNoFigureOrStandsTwiceInARowIsLeftEmptyWithItsLineNamed() {
        String text = String.join("\n", "2026年度项目支出绩效目标申报表",
                "项目名称\t社区文化活动",
                "项目资金（万元）\t中期资金总额\t360\t年度资金总额\t约一百二十万",
                "\t其中：财政拨款\t300\t其中：财政拨款\t100",
                "\t其他资金\t60\t其他资金\t20");

        GoalSheetReading reading = EXTRACTOR.extract("doubtful.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.sheet().funds()).isNull();
        List<Finding> uncertain = reading.warnings().stream().filter(w -> w.code().equals("UNCERTAIN_FIGURE")).toList();
        assertThat(uncertain).extracting(Finding::path).containsExactly("$.funds.total", "$.funds.appropriation",
                "$.funds.other");
        assertThat(uncertain.get(0).message()).startsWith("第 3 行：").contains("约一百二十万", "不是金额", "未填入");
        assertThat(uncertain.get(1).message()).startsWith("第 4 行：").contains("出现两次");
        assertThat(reading.warnings()).as("and the unit the sheet does not name, as the format asks")
                .extracting(Finding::path).contains("$.department.name");
    }

    @Test
    void anAmountWrittenThreeTimesStaysEmptyEvenWhereTheThirdAgreesWithOne() {
        // found by GoalSheetRobustnessProperties: the third writing met the emptied amount and the reader failed
        String text = String.join("\n", "2026年度项目支出绩效目标申报表",
                "项目名称\t社区文化活动",
                "年度资金总额\t120",
                "年度资金总额\t150",
                "年度资金总额\t120");

        GoalSheetReading reading = EXTRACTOR.extract("thrice.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(reading.sheet().funds() == null ? null : reading.sheet().funds().total()).isNull();
        assertThat(reading.warnings()).filteredOn(w -> w.code().equals("UNCERTAIN_FIGURE"))
                .extracting(Finding::path).containsExactly("$.funds.total");
    }

    @Test
    void whatIsNoGoalSheetIsRefusedInOneLine() throws IOException {
        byte[] report = SeedReportTest.seedBytes();
        byte[] goals = GoalSheetRenderer.render(GoalSheets.project(), ReportFormat.DOCX).content();

        assertThatThrownBy(() -> EXTRACTOR.extract("report.txt", report)).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("report.txt：不是绩效目标申报表").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> EXTRACTOR.extract("note.txt", "明天开会。".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExtractionException.class).hasMessageStartingWith("note.txt：不是绩效目标申报表");
        assertThatThrownBy(() -> EXTRACTOR.extract("title.txt", "2026年度项目支出绩效目标申报表\n".getBytes(
                StandardCharsets.UTF_8))).isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("title.txt：不是绩效目标申报表");
        assertThatThrownBy(() -> new ReportExtractor().extract("goals.docx", goals))
                .isInstanceOf(ExtractionException.class).hasMessage("goals.docx：是绩效目标申报表，不是绩效自评报告");
    }

    @Test
    void aFileIsReadAsWhatItIs() throws IOException {
        ReportExtractor extractor = new ReportExtractor();
        byte[] goals = GoalSheetRenderer.render(GoalSheets.department(), ReportFormat.XLSX).content();

        ExtractedFile sheet = extractor.extractAny("goals.xlsx", goals);
        ExtractedFile report = extractor.extractAny("report.txt", SeedReportTest.seedBytes());

        assertThat(sheet.isGoalSheet()).isTrue();
        assertThat(sheet.goals().sheet()).isEqualTo(GoalSheets.department());
        assertThat(report.isGoalSheet()).isFalse();
        assertThat(report.report().document().department().name()).isEqualTo(SeedDocument.load().department().name());
    }

    private static GoalSheetReading roundTrip(GoalSheet sheet, ReportFormat format) {
        byte[] file = GoalSheetRenderer.render(sheet, format).content();

        GoalSheetReading reading = EXTRACTOR.extract("sheet." + format.extension(), file);

        assertThat(reading.sheet()).as(reading.sourceText()).isEqualTo(sheet);
        return reading;
    }

    private static int line(GoalSheetReading reading, String text) {
        List<String> lines = reading.sourceText().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + reading.sourceText());
    }

    // ---- a Word table typed by a person

    private static void row(XWPFTable table, boolean first, String... texts) {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        while (row.getTableCells().size() < texts.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < texts.length; i++) {
            row.getCell(i).setText(texts[i]);
        }
    }

    /** The cell spread over {@code columns} grid columns, the cells it covers taken out of the row. */
    private static void span(XWPFTableCell cell, int columns) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        XWPFTableRow row = cell.getTableRow();
        for (int i = 1; i < columns; i++) {
            row.removeCell(row.getTableCells().indexOf(cell) + 1);
        }
    }

    /** Rows {@code from} to {@code to} of a column merged down, as Word merges them. */
    private static void merged(XWPFTable table, int from, int to, int column) {
        for (int r = from; r <= to; r++) {
            XWPFTableCell cell = table.getRow(r).getCell(column);
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            if (r == from) {
                properties.addNewVMerge().setVal(STMerge.RESTART);
            } else {
                properties.addNewVMerge();
            }
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    private static void cells(Sheet sheet, int r, Object... values) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Double number) {
                row.createCell(c).setCellValue(number);
            } else if (!"".equals(values[c])) {
                row.createCell(c).setCellValue((String) values[c]);
            }
        }
    }

    // ---- a PDF drawn elsewhere: borders as strokes cell by cell, levels merged, the title above

    private static byte[] typedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); InputStream face = GoalSheetReadingTest.class
                .getResourceAsStream("/rendering/fonts/JixiaoSerifSC-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(pdf, face);
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                float top = 760;
                text(content, font, 14, 150, top, "2025年度项目支出绩效目标申报表");
                float[] x = {60, 140, 230, 360, 440, 540};
                String[][] rows = {
                    {"项目名称", "全民健身赛事活动", null, null, null},
                    {"实施单位", "荔湾区示例体育中心", null, null, null},
                    {"年度资金总额", "85.6", "财政拨款", "85.6", null},
                    {"一级指标", "二级指标", "三级指标", "指标值", "设定依据"},
                    {"产出指标", "数量指标", "举办赛事场次", "≥20场", "历史标准"},
                    {"", "质量指标", "赛事安全事故率", "0", "行业标准"},
                    {"满意度指标", "满意度", "参赛群众满意度", "≥90%", "计划标准"}};
                float y = top - 30;
                float height = 24;
                for (int r = 0; r < rows.length; r++) {
                    float bottom = y - height;
                    // the top border: none between the two rows of 产出指标 in the first column
                    boolean mergedDown = r == 5;
                    line(content, mergedDown ? x[1] : x[0], y, x[5], y);
                    int c = 0;
                    while (c < 5) {
                        int end = c + 1;
                        while (end < 5 && rows[r][end] == null) {
                            end++;
                        }
                        line(content, x[c], y, x[c], bottom);
                        if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                            text(content, font, 9, x[c] + 3, y - 15, rows[r][c]);
                        }
                        c = end;
                    }
                    line(content, x[5], y, x[5], bottom);
                    y = bottom;
                }
                line(content, x[0], y, x[5], y);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, float x0, float y0, float x1, float y1) throws IOException {
        content.moveTo(x0, y0);
        content.lineTo(x1, y1);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
