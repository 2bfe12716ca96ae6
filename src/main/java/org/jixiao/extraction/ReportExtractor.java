package org.jixiao.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsConsistency;

/**
 * Reads a published self-evaluation report (.txt, .pdf, .docx, or the 自评表 as .xlsx) into an evaluation
 * document: the 部门整体支出绩效自评报告 section by section, the 项目支出绩效自评表 cell by cell. Used by the
 * {@code extract} command and by the web upload; thread-safe.
 */
public final class ReportExtractor {

    /** Largest file read: a report is a few megabytes; larger files are refused before they are read. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern PROJECT_FORM = Pattern.compile("项目支出绩效自评表|项目绩效自评表");
    private static final Pattern DEPARTMENT_TITLE = Pattern.compile("整体支出绩效(?:自评|自我评价|评价)|部门整体绩效(?:自评|评价)");

    /**
     * What only a report or 自评表 jixiao wrote prints: the score of the moment with its rules (自评得分：…（评分规则：
     * MOF_2020）), 未评分, the grade the rules gave beside or under the total (总分 | 100 | 84.67 | 等级：良). Such a
     * text's scores are jixiao's, never a score the unit stated.
     */
    private static final Pattern JIXIAO_WROTE = Pattern.compile("评分规则:|未评分|总分[^\n]{0,40}等级:|(?m)^等级\t");

    /** A form's label inside a unit's name: cells the template reader ran together. */
    private static final Pattern LABEL_IN_NAME = Pattern.compile("实施单位|主管部门|项目名称|单位名称|项目负责人");
    /** How a fund's or a project's name ends, which no unit's does: 中央自然灾害资金, 林业改革发展专项. */
    private static final Pattern FUND_NAME_END = Pattern.compile("(?:资金|经费|补助|补贴|项目|专项|工程|转移支付)$");

    /** How long PDFBox or POI may take to read one file. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private final Duration timeLimit;

    public ReportExtractor() {
        this(TIME_LIMIT);
    }

    /** An extractor with another time limit for reading one file. */
    public ReportExtractor(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** The file's format, by its first bytes, else by its name. */
    enum Format { TXT, PDF, DOCX, XLSX }

    /** Reads a report from a stream of at most {@link #MAX_BYTES}; the stream is not closed. */
    public ExtractionResult extract(String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        return extract(fileName, bytes);
    }

    /**
     * Reads a report from its bytes; the name tells the format where the content does not. A goal sheet (绩效目标申报表)
     * is refused as no report: {@link #extractAny} reads either.
     */
    public ExtractionResult extract(String fileName, byte[] content) {
        ReportSource source = source(fileName, content, timeLimit);
        if (GoalSheetReader.recognises(source.text())) {
            throw new ExtractionException(fileName + "：是绩效目标申报表，不是绩效自评报告");
        }
        return extract(fileName, source);
    }

    /** {@link #extractAny(String, byte[])} from a stream of at most {@link #MAX_BYTES}; the stream is not closed. */
    public ExtractedFile extractAny(String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        return extractAny(fileName, bytes);
    }

    /** Reads a file that is a report or a goal sheet (绩效目标申报表, told by its title), each as what it is. */
    public ExtractedFile extractAny(String fileName, byte[] content) {
        ReportSource source = source(fileName, content, timeLimit);
        if (GoalSheetReader.recognises(source.text())) {
            return new ExtractedFile(null, GoalSheetExtractor.read(fileName, content, source, timeLimit));
        }
        return new ExtractedFile(extract(fileName, source), null);
    }

    /** What a file holds, by its format: its text, its layout, its tables; refused where it holds no text. */
    static ReportSource source(String fileName, byte[] content, Duration timeLimit) {
        if (content.length > MAX_BYTES) {
            throw tooLarge(fileName);
        }
        if (content.length == 0) {
            throw new ExtractionException(fileName + "：文件为空");
        }
        ReportSource source = switch (format(fileName, content)) {
            case PDF -> TimeLimit.run(fileName, timeLimit, () -> PdfReader.read(fileName, content));
            case DOCX -> TimeLimit.run(fileName, timeLimit, () -> OfficeReader.docx(fileName, content));
            case XLSX -> reportSheet(TimeLimit.run(fileName, timeLimit, () -> OfficeReader.xlsx(fileName, content)));
            case TXT -> new ReportSource(TextDecoder.decode(fileName, content), null, List.of());
        };
        if (source.text().isBlank() && source.tables().isEmpty()) {
            throw new ExtractionException(fileName + "：文件中没有文字" + (source.layout() != null ? "（可能是扫描件，需先做文字识别）" : ""));
        }
        return source;
    }

    private ExtractionResult extract(String fileName, ReportSource source) {
        SourceText text = SourceText.of(source.text());
        EvaluationDocument template = read(source);
        // the other reading only where it can count: two thirds of the time of a report in the template's layout
        StatedReport published = templateAlone(template, text) ? null : published(fileName, text);
        EvaluationDocument document = template;
        Map<String, Origin> origins = Map.of();
        if (published != null) {
            EvaluationDocument read = published.document();
            // the template's reader where it read the report whole, unless its rate disagrees with its figures
            // where the other reading's agrees (a column shifted by one)
            boolean useTemplate = inTemplate(template) && !(rateAgrees(template) == Boolean.FALSE
                    && rateAgrees(read) == Boolean.TRUE) && !(budgetLost(template) && rateAgrees(read) == Boolean.TRUE);
            // (as much read either way: the template's reader read a layout not its own, the other reads any)
            boolean better = template == null || inTemplate(template) || Completeness.of(read) >= Completeness.of(template);
            if (!useTemplate && better) {
                document = read;
                origins = published.origins(text);
            } else if (template != null && template.statedScore() == null && statedBeforeAppendix(published, text)) {
                // the score the report states for itself, which the template's reader does not read
                document = template.withStatedScore(read.statedScore());
                origins = published.statedOrigins(text);
            }
        }
        document = VisibleNames.of(document);
        if (document == null || Completeness.of(document) == 0) {
            throw new ExtractionException(fileName + "：不是绩效自评报告（未找到单位、年度、资金、绩效目标或指标等内容）");
        }
        List<Finding> warnings = new ArrayList<>(FundsConsistency.check(document));
        if (published != null && !origins.isEmpty()) {
            warnings.addAll(published.warnings);
        }
        return new ExtractionResult(document, text.display(), warnings, origins);
    }

    /**
     * Whether the reader of the project's own layout (the seed's outline, the 自评表 as jixiao writes it) read the
     * report whole: a unit named as units are, a year, and its figures or tasks. Reports in other provinces' layouts
     * it reads in part or not at all, and those go to {@link PublishedReportReader}.
     */
    private static boolean inTemplate(EvaluationDocument template) {
        if (template == null || template.fiscalYear() == null || template.department() == null) {
            return false;
        }
        String name = template.department().name();
        return name != null && name.length() <= 40 && name.indexOf('|') < 0 && !name.contains("预算")
                && !LABEL_IN_NAME.matcher(name).find() && !FUND_NAME_END.matcher(name).find()
                && (template.funds() != null || template.keyTasks().stream().anyMatch(t -> !t.indicators().isEmpty()));
    }

    /**
     * Whether the template's reading is kept whatever the other reading says, and the score stated alone could be taken
     * from that and is not: its rate not contradicted, its budget there, and a score of its own or none stated in the
     * report's body ({@link PublishedReportReader#statedOnly}, the score that reading would state). Then the other
     * reading would be thrown away, and its warnings with it. Where the score stated counts, the whole reading is
     * made: its warnings come with the score's origins.
     */
    private static boolean templateAlone(EvaluationDocument template, SourceText text) {
        if (!inTemplate(template) || rateAgrees(template) == Boolean.FALSE || budgetLost(template)) {
            return false;
        }
        if (template.statedScore() != null) {
            return true;
        }
        try {
            return !statedBeforeAppendix(PublishedReportReader.statedOnly(text), text);
        } catch (RuntimeException e) {
            return false; // the whole reading, which fails alike or reads the score
        }
    }

    /**
     * Whether the report states a score of its own in its body: not in an appendix, where a report jixiao wrote
     * prints the score of the moment (自评得分：…（评分规则：MOF_2020）), which is jixiao's, not the unit's.
     */
    private static boolean statedBeforeAppendix(StatedReport published, SourceText text) {
        Value<?> stated = published.statedTotal != null ? published.statedTotal : published.statedGrade;
        if (stated == null) {
            return false;
        }
        return stated.start() < Appendix.cut(text.text()).length() && !JIXIAO_WROTE.matcher(text.folded()).find();
    }

    /**
     * The reading of every province's layouts, or null where it fails on a text no one foresaw: that reading is many
     * rules of thumb, and a rule that breaks must cost the user that reading, not the file.
     */
    private static StatedReport published(String fileName, SourceText text) {
        try {
            return PublishedReportReader.read(text);
        } catch (RuntimeException e) {
            // ExtractionRobustnessProperties holds this reader to never failing; should it still, the file is read
            return null;
        }
    }

    /** Whether the funds have an execution and its rate but no budget: a column the reader did not place. */
    private static boolean budgetLost(EvaluationDocument document) {
        Funds funds = document.funds();
        return funds != null && funds.budget() == null && funds.executed() != null && funds.executionRate() != null;
    }

    /** Whether the stated execution rate is within a point of executed ÷ budget; null where a figure is missing. */
    private static Boolean rateAgrees(EvaluationDocument document) {
        Funds funds = document.funds();
        if (funds == null || funds.budget() == null || funds.executed() == null || funds.executionRate() == null
                || funds.budget().signum() == 0) {
            return null;
        }
        BigDecimal rate = funds.executed().multiply(BigDecimal.valueOf(100))
                .divide(funds.budget(), 4, RoundingMode.HALF_UP);
        return rate.subtract(funds.executionRate()).abs().compareTo(BigDecimal.ONE) <= 0;
    }

    /** The maximum size as users read it. */
    public static String maxSize() {
        return (MAX_BYTES >> 20) + " MB";
    }

    private static ExtractionException tooLarge(String fileName) {
        return new ExtractionException(fileName + "：文件超过 " + maxSize() + "，不像一份自评报告");
    }

    private static EvaluationDocument read(ReportSource source) {
        List<String> lines = ReportText.cleanLines(source.text()); // cleaned once for both
        Particulars particulars = Particulars.read(lines);
        if (!isDepartmentReport(lines) && looksLikeProjectForm(source)) {
            Grid grid = source.tables().isEmpty()
                    ? textGrid(source)
                    : Grid.concat(source.tables());
            EvaluationDocument project = ProjectFormReader.read(grid, source.text());
            if (project != null) {
                List<IndicatorTables.Table> formTables = IndicatorTables.of(grid);
                List<Boolean> levelsStated = formTables.isEmpty() ? null : formTables.get(0).levelsStated();
                return withParticulars(projectWithText(project, levelsStated, source), particulars);
            }
        }
        String text = Appendix.cut(source.text());
        EvaluationDocument document = DepartmentReportReader.read(ReportText.of(text), indicatorTables(source));
        return document == null ? null : withParticulars(document, particulars);
    }

    /** A project form and the report text after it, which begins at its 一、 heading. */
    private static EvaluationDocument projectWithText(EvaluationDocument project, List<Boolean> levelsStated,
            ReportSource source) {
        String text = source.text();
        int start = ReportText.firstLineStartingWith(text, "一、");
        if (start < 0) {
            return project;
        }
        String report = Appendix.cut(text.substring(start));
        ReportText reportText = ReportText.of(report);
        List<IndicatorTables.Table> tables = indicatorTables(source);
        // the tables before the report text are the form's
        int before = count(Chars.parseView(text.substring(0, start)), "三级");
        tables = tables.subList(Math.min(before, tables.size()), tables.size());
        EvaluationDocument told = DepartmentReportReader.read(reportText, tables);
        boolean fundsSection = Sections.of(reportText).stream().anyMatch(s -> s.kind() == Sections.Kind.FUNDS);
        return ProjectReport.of(project, told, fundsSection, levelsStated);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    /** The unit's 单位编码, 行政区划 and 主管部门 where the title block states them. */
    private static EvaluationDocument withParticulars(EvaluationDocument document, Particulars particulars) {
        Department department = document.department();
        if (department == null || (particulars.code() == null && particulars.region() == null
                && particulars.parent() == null)) {
            return document;
        }
        Department stated = new Department(department.name(),
                particulars.code() != null ? particulars.code() : department.code(),
                particulars.region() != null ? particulars.region() : department.region(),
                particulars.parent() != null ? particulars.parent() : department.parent(), null);
        return new EvaluationDocument(document.schema(), document.kind(), document.fiscalYear(), stated,
                document.functions(), document.funds(), document.goals(), document.keyTasks(), document.conclusion(),
                document.achievements(), document.problems(), document.measures(), null, null);
    }

    /**
     * A workbook whose sheets are the 自评表 and the report text (部门整体支出绩效自评报告) is read from the report's
     * sheet, as a report with 自评表 appended is read from its text: the forms repeat the key tasks.
     */
    private static ReportSource reportSheet(ReportSource workbook) {
        for (Grid sheet : workbook.tables()) {
            String text = sheet.text();
            if (isDepartmentReport(text)) {
                return new ReportSource(text, null, List.of(sheet));
            }
        }
        return workbook;
    }

    /**
     * The grid of a source without tables: cells between tabs where the text is a table copied from a spreadsheet
     * (positions after a tab say nothing of the column), else the text laid out in columns.
     */
    private static Grid textGrid(ReportSource source) {
        if (source.layout() == null) {
            long lines = source.text().lines().filter(l -> !l.isBlank()).count();
            long tabbed = source.text().lines().filter(l -> l.indexOf('\t') >= 0).count();
            if (lines > 0 && tabbed * 2 >= lines) {
                List<List<String>> rows = new ArrayList<>();
                source.text().lines().forEach(l -> rows.add(List.of(l.split("\t", -1))));
                return new Grid(rows);
            }
        }
        return LayoutGrid.of(source.layout() != null ? source.layout() : source.text());
    }

    /** Whether the title, in the first lines, is that of a 部门整体支出绩效自评报告. */
    static boolean isDepartmentReport(String text) {
        return isDepartmentReport(ReportText.cleanLines(text));
    }

    private static boolean isDepartmentReport(List<String> lines) {
        String head = Chars.parseView(String.join("", lines.subList(0, Math.min(4, lines.size()))));
        return DEPARTMENT_TITLE.matcher(head).find();
    }

    /** A department report's indicator tables: its DOCX tables, else its text laid out in columns. */
    private static List<IndicatorTables.Table> indicatorTables(ReportSource source) {
        if (!source.text().contains("三级指标") && source.tables().isEmpty()) {
            return List.of();
        }
        if (!source.tables().isEmpty()) {
            return IndicatorTables.of(Grid.concat(source.tables()));
        }
        return IndicatorTables.of(textGrid(source));
    }

    private static boolean looksLikeProjectForm(ReportSource source) {
        String compact = Chars.parseView(source.text());
        if (PROJECT_FORM.matcher(compact).find()) {
            return true;
        }
        return compact.contains("项目名称") && (compact.contains("三级指标") || compact.contains("年度指标值"))
                && !compact.contains("部门整体支出");
    }

    static Format format(String fileName, byte[] content) {
        if (startsWith(content, "%PDF")) {
            return Format.PDF;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, "PK")) {
            if (name.endsWith(".xlsx") || containsAscii(content, "xl/workbook")) {
                return Format.XLSX;
            }
            return Format.DOCX;
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new ExtractionException(fileName + "：旧版 Word/Excel 格式（.doc/.xls）不受支持，请另存为 .docx 或 .xlsx");
        }
        if (name.endsWith(".pdf")) {
            throw new ExtractionException(fileName + "：不是有效的 PDF 文件（缺少 %PDF 文件头）");
        }
        if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
            throw new ExtractionException(fileName + "：不是有效的 " + (name.endsWith(".docx") ? "Word（.docx）" : "Excel（.xlsx）")
                    + " 文件");
        }
        return Format.TXT;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        if (content.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the zip's directory names a part: its names are stored uncompressed. */
    private static boolean containsAscii(byte[] content, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
