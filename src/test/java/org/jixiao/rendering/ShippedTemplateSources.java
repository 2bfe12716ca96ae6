package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Writes the shipped templates of {@code src/main/resources/rendering/templates} (docs/templates.md), as a bureau
 * would type them in Word or Excel: run it after changing one, and look at what it renders. The layouts follow
 * forms seen in published self-evaluations; the words in them are the forms' own column heads.
 */
final class ShippedTemplateSources {

    private static final Path FOLDER = Path.of("src/main/resources/rendering/templates");
    private static final String FACE = "仿宋_GB2312";

    private ShippedTemplateSources() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        ministryProject();
        sichuanProject();
        hubeiProject();
        departmentOverall();
        yunnanReport();
        ministryProjectWorkbook();
    }

    /** 财预〔2020〕10号 附件: 项目支出绩效自评表, nine columns. */
    private static void ministryProject() throws IOException {
        Word word = new Word();
        word.title("项目支出绩效自评表");
        word.centred("（{{year}}年度）");
        Table t = word.table(58, 46, 46, 51, 53, 53, 36, 40, 59);
        t.row(h("项目名称"), v("{{projectName}}", 8));
        t.row(h("主管部门"), v("{{parent}}", 3), h("实施单位", 2), v("{{unit}}", 3));
        t.row(h("项目负责人"), v("{{leader}}", 8));
        t.row(h("项目资金（万元）", 3), h("年初预算数"), h("全年预算数"), h("全年执行数"), h("分值"), h("执行率"), h("得分"));
        t.row(h("年度资金总额{{#sources}}", 3), c("{{initialBudget}}"), c("{{budget}}"), c("{{executed}}"),
                c("{{executionPoints}}"), c("{{executionRate}}"), c("{{executionScore}}"));
        t.row(h("[label]", 3), c(""), c("[budget]"), c("[executed]"), c("—"), c("[rate]"), c("—"));
        t.row(h("年度总体目标"), h("预期目标", 4), h("实际完成情况", 4));
        t.row(v(""), v("{{expectedGoal}}", 4), v("{{outcome}}", 4));
        t.row(h("绩效指标{{#indicators}}"), h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"), h("实际完成值"),
                h("分值"), h("得分"), h("偏差原因分析及改进措施"));
        t.row(v(""), c("[level1]"), c("[level2]"), v("[name]"), c("[annualTarget]"), c("[actual]"), c("[weight]"),
                c("[score]"), v("[reason]"));
        t.row(h("总分", 6), c("100"), c("{{totalScore}}"), v("等级：{{grade}}"));
        word.save("mof-2020-project.docx");
    }

    /** 四川: 部门预算项目支出绩效自评表, 预算执行情况（10分） and 绩效指标（90分）, 权重 for 分值. */
    private static void sichuanProject() throws IOException {
        Word word = new Word();
        word.title("部门预算项目支出绩效自评表（{{year}}年度）");
        Table t = word.table(52, 36, 36, 56, 30, 34, 30, 40, 28, 30, 52);
        t.row(h("项目名称"), v("{{projectName}}", 10));
        t.row(h("主管部门"), v("{{parent}}", 4), h("实施单位", 2), v("{{unit}}", 4));
        t.row(h("项目基本情况"), h("项目年度目标", 5), h("年度目标完成情况", 5));
        t.row(v(""), v("{{expectedGoal}}", 5), v("{{outcome}}", 5));
        t.row(h("预算执行情况（10分）"), h("年初预算", 2), h("调整后预算数"), h("预算执行数", 2), h("预算执行率", 2), h("权重"),
                h("得分"), h("原因"));
        t.row(h("总额{{#sources}}"), c("{{initialBudget}}", 2), c("{{budget}}"), c("{{executed}}", 2),
                c("{{executionRate}}", 2), c("{{executionPoints}}"), c("{{executionScore}}"), v(""));
        t.row(h("[label]"), c("", 2), c("[budget]"), c("[executed]", 2), c("[rate]", 2), c("/"), c("/"), v(""));
        t.row(h("绩效指标（90分）{{#indicators}}"), h("一级指标"), h("二级指标"), h("三级指标"), h("指标性质"), h("指标值"),
                h("度量单位"), h("完成值"), h("权重"), h("得分"), h("未完成原因分析"));
        t.row(v(""), c("[level1]"), c("[level2]"), v("[name]"), c("[sign]"), c("[value]"), c("[unit]"), c("[actual]"),
                c("[weight]"), c("[score]"), v("[reason]"));
        t.row(h("合计", 8), c("100"), c("{{totalScore}}"), v(""));
        t.row(h("评价结论"), v("{{conclusion}}", 10));
        t.row(h("存在问题"), v("{{problems}}", 10));
        t.row(h("改进措施"), v("{{measures}}", 10));
        t.row(v("项目负责人：{{leader}}", 11));
        word.save("sichuan-project.docx");
    }

    /** 湖北: 项目支出绩效自评表 with 预算数 / 执行数 / 执行率 / 得分 and 年初目标值. */
    private static void hubeiProject() throws IOException {
        Word word = new Word();
        word.title("{{year}}年度项目支出绩效自评表");
        Table t = word.table(50, 50, 50, 60, 56, 56, 36, 40, 60);
        t.row(h("项目名称"), v("{{projectName}}", 8));
        t.row(h("主管部门"), v("{{parent}}", 3), h("实施单位", 2), v("{{unit}}", 3));
        t.row(h("预算执行情况（万元）", 3), h("年初预算数"), h("预算数"), h("执行数"), h("执行率"), h("分值"), h("得分"));
        t.row(h("年度财政资金总额", 3), c("{{initialBudget}}"), c("{{budget}}"), c("{{executed}}"), c("{{executionRate}}"),
                c("{{executionPoints}}"), c("{{executionScore}}"));
        t.row(h("年度总体目标"), h("预期目标", 4), h("实际完成情况", 4));
        t.row(v(""), v("{{expectedGoal}}", 4), v("{{outcome}}", 4));
        t.row(h("绩效指标{{#indicators}}"), h("一级指标"), h("二级指标"), h("三级指标"), h("年初目标值"), h("实际完成值"),
                h("分值"), h("得分"), h("偏差原因分析及改进措施"));
        t.row(v(""), c("[level1]"), c("[level2]"), v("[name]"), c("[annualTarget]"), c("[actual]"), c("[weight]"),
                c("[score]"), v("[reason]"));
        t.row(h("总分", 6), c("100"), c("{{totalScore}}"), v("等级：{{grade}}"));
        word.save("hubei-project.docx");
    }

    /** 部门整体支出绩效自评表: the unit's budget, its goals and every key task's indicators. */
    private static void departmentOverall() throws IOException {
        Word word = new Word();
        word.title("部门整体支出绩效自评表");
        word.centred("（{{year}}年度）");
        Table t = word.table(58, 46, 46, 51, 53, 53, 36, 40, 59);
        t.row(h("部门（单位）名称"), v("{{unit}}", 8));
        t.row(h("年度预算申请（万元）", 3), h("年初预算数"), h("全年预算数"), h("全年执行数"), h("分值"), h("执行率"), h("得分"));
        t.row(h("年度资金总额", 3), c("{{initialBudget}}"), c("{{budget}}"), c("{{executed}}"), c("{{executionPoints}}"),
                c("{{executionRate}}"), c("{{executionScore}}"));
        t.row(h("年度总体目标"), h("预期目标", 4), h("实际完成情况", 4));
        t.row(v(""), v("{{goals}}", 4), v("{{achievements}}", 4));
        t.row(h("绩效指标{{#indicators}}"), h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"), h("实际完成值"),
                h("分值"), h("得分"), h("偏差原因分析及改进措施"));
        t.row(v(""), c("[level1]"), c("[level2]"), v("[name]"), c("[annualTarget]"), c("[actual]"), c("[weight]"),
                c("[score]"), v("[reason]"));
        t.row(h("总分", 6), c("100"), c("{{totalScore}}"), v("等级：{{grade}}"));
        word.save("department-overall.docx");
    }

    /** 云南: a self-evaluation report's outline, 一、基本情况 二、绩效目标实现情况 三、偏差分析 四、改进措施 五、结论. */
    private static void yunnanReport() throws IOException {
        Word word = new Word();
        word.title("{{unit}}");
        word.title("{{year}}年度绩效自评报告");
        word.centred("");
        word.heading("一、基本情况");
        word.heading("（一）单位职能");
        word.body("{{functions}}");
        word.heading("（二）资金投入和使用情况");
        word.body("年初预算数{{initialBudget}}万元，全年预算数{{budget}}万元，执行数{{executed}}万元，完成预算的{{executionRate}}。");
        word.heading("二、绩效目标实现情况");
        word.heading("（一）年度总体目标");
        word.body("{{goals}}");
        word.heading("（二）各项任务完成情况");
        word.body("{{?keyTasks}}");
        word.body("{{number}}.{{name}}");
        word.body("{{?expectedGoal}}预期目标：{{expectedGoal}}{{/expectedGoal}}");
        word.body("{{?outcome}}完成情况：{{outcome}}{{/outcome}}");
        word.body("{{/keyTasks}}");
        word.heading("（三）绩效指标完成情况");
        Table t = word.table(47, 47, 113, 77, 57, 57, 47);
        t.row(h("一级指标{{#indicators}}"), h("二级指标"), h("三级指标"), h("实施周期指标值"), h("年度指标值"), h("实际完成值"),
                h("完成情况"));
        t.row(c("[level1]"), c("[level2]"), v("[name]"), c("[cycleTarget]"), c("[annualTarget]"), c("[actual]"),
                c("[verdict]"));
        word.heading("三、偏差分析");
        word.body("{{problems}}");
        word.heading("四、下一步改进措施");
        word.body("{{measures}}");
        word.heading("五、自评结论");
        word.body("{{conclusion}}");
        word.save("yunnan-report.docx");
    }

    /** The ministry's form again, as an Excel workbook. */
    private static void ministryProjectWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("项目支出绩效自评表");
            CellStyle boxed = workbook.createCellStyle();
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            boxed.setWrapText(true);
            CellStyle title = workbook.createCellStyle();
            title.setAlignment(HorizontalAlignment.CENTER);
            int[] widths = {14, 11, 11, 18, 13, 13, 8, 8, 18};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            List<String[]> rows = List.of(
                    new String[] {"项目支出绩效自评表"},
                    new String[] {"（{{year}}年度）"},
                    new String[] {"项目名称", "{{projectName}}"},
                    new String[] {"主管部门", "{{parent}}", "", "", "实施单位", "", "{{unit}}"},
                    new String[] {"项目负责人", "{{leader}}"},
                    new String[] {"项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                    new String[] {"年度资金总额{{#sources}}", "", "", "{{initialBudget}}", "{{budget}}", "{{executed}}",
                            "{{executionPoints}}", "{{executionRate}}", "{{executionScore}}"},
                    new String[] {"[label]", "", "", "", "[budget]", "[executed]", "—", "[rate]", "—"},
                    new String[] {"年度总体目标", "预期目标", "", "", "", "实际完成情况"},
                    new String[] {"", "{{expectedGoal}}", "", "", "", "{{outcome}}"},
                    new String[] {"绩效指标{{#indicators}}", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                            "得分", "偏差原因分析及改进措施"},
                    new String[] {"", "[level1]", "[level2]", "[name]", "[annualTarget]", "[actual]", "[weight]", "[score]",
                            "[reason]"},
                    new String[] {"总分", "", "", "", "", "", "100", "{{totalScore}}", "等级：{{grade}}"});
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < 9; c++) {
                    XSSFCell cell = row.createCell(c);
                    String[] texts = rows.get(r);
                    cell.setCellValue(c < texts.length ? texts[c] : "");
                    cell.setCellStyle(r < 2 ? title : boxed);
                }
            }
            int[][] merged = {{0, 0, 8}, {1, 1, 8}, {2, 1, 8}, {3, 1, 3}, {3, 4, 5}, {3, 6, 8}, {4, 1, 8}, {5, 0, 2},
                {6, 0, 2}, {7, 0, 2}, {8, 1, 4}, {8, 5, 8}, {9, 1, 4}, {9, 5, 8}, {12, 0, 5}};
            for (int[] m : merged) {
                sheet.addMergedRegion(new CellRangeAddress(m[0], m[0], m[1], m[2]));
            }
            try (OutputStream out = Files.newOutputStream(FOLDER.resolve("mof-2020-project.xlsx"))) {
                workbook.write(out);
            }
        }
    }

    private record Cell(String text, int span, boolean head, boolean center) {
    }

    private static Cell h(String text) {
        return h(text, 1);
    }

    private static Cell h(String text, int span) {
        return new Cell(text, span, true, true);
    }

    private static Cell v(String text) {
        return v(text, 1);
    }

    private static Cell v(String text, int span) {
        return new Cell(text, span, false, false);
    }

    private static Cell c(String text) {
        return c(text, 1);
    }

    private static Cell c(String text, int span) {
        return new Cell(text, span, false, true);
    }

    private static final class Word {

        private final XWPFDocument docx = new XWPFDocument();

        void title(String text) {
            run(paragraph(ParagraphAlignment.CENTER), text, "方正小标宋简体", 18, false);
        }

        void centred(String text) {
            run(paragraph(ParagraphAlignment.CENTER), text, FACE, 14, false);
        }

        void heading(String text) {
            run(paragraph(ParagraphAlignment.BOTH), text, text.startsWith("（") ? "楷体_GB2312" : "黑体", 16, false);
        }

        void body(String text) {
            XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
            p.setFirstLineIndent(640);
            run(p, text, FACE, 16, false);
        }

        Table table(int... widths) {
            return new Table(docx, widths);
        }

        void save(String name) throws IOException {
            try (OutputStream out = Files.newOutputStream(FOLDER.resolve(name))) {
                docx.write(out);
            }
            docx.close();
        }

        private XWPFParagraph paragraph(ParagraphAlignment alignment) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(alignment);
            return p;
        }
    }

    private static final class Table {

        private final XWPFTable table;
        private final int[] widths;
        private boolean first = true;

        Table(XWPFDocument docx, int[] points) {
            table = docx.createTable();
            int total = Arrays.stream(points).sum();
            widths = Arrays.stream(points).map(p -> 8844 * p / total).toArray();
            for (XWPFBorderType border : List.of(XWPFBorderType.SINGLE)) {
                table.setTopBorder(border, 4, 0, "000000");
                table.setBottomBorder(border, 4, 0, "000000");
                table.setLeftBorder(border, 4, 0, "000000");
                table.setRightBorder(border, 4, 0, "000000");
                table.setInsideHBorder(border, 4, 0, "000000");
                table.setInsideVBorder(border, 4, 0, "000000");
            }
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            docx.createParagraph(); // Word needs a paragraph after a table
        }

        void row(Cell... cells) {
            XWPFTableRow row = first ? table.getRow(0) : table.createRow();
            first = false;
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            int column = 0;
            for (Cell cell : cells) {
                XWPFTableCell tableCell = row.addNewTableCell();
                CTTcPr properties = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr()
                        : tableCell.getCTTc().addNewTcPr();
                int width = 0;
                for (int c = column; c < column + cell.span() && c < widths.length; c++) {
                    width += widths[c];
                }
                column += cell.span();
                properties.addNewTcW().setW(BigInteger.valueOf(width));
                if (cell.span() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
                }
                XWPFParagraph p = tableCell.getParagraphs().isEmpty() ? tableCell.addParagraph()
                        : tableCell.getParagraphs().get(0);
                p.setAlignment(cell.center() ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH);
                run(p, cell.text(), FACE, 10.5, cell.head());
            }
        }
    }

    private static void run(XWPFParagraph p, String text, String face, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(face);
        run.setFontFamily(face, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
