package org.jixiao.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Kind;
import org.jixiao.extraction.Cells.Cell;

/**
 * Reads a self-evaluation as units publish it, whatever its province's form: its head ({@link ReportHead}), the
 * form's labelled cells, funds, goals and indicator table where it has a form ({@link FormCells},
 * {@link FundsCells}, {@link GoalCells}, {@link IndicatorCells}), then its sentences ({@link ReportSentences}),
 * each reader filling only what the ones before it left empty. The unit is what a form's label or the title names,
 * else the publisher a web page names, else the first unit the text says carried the work out; a shortened name
 * (县司法局, 市文化和广电旅游体育局) is completed from the text where it names the unit in full.
 */
final class PublishedReportReader {

    private static final Pattern ACTOR = Pattern.compile(
            "(?:实施主体为|实施主体是|实施单位为|实施单位是|项目单位为|由|文件要求[,，]|根据[^。]{0,60}?[,，])"
                    + "([\\p{IsHan}()]{4,30}?(?:局|委员会|联合会|院|中心|办公室|馆|所|站|队|厅|人民政府|街道办事处|合作社))"
                    + "(?=负责|开展|对|进行|组织|实施|严格|认真|[,，。])");
    private static final Pattern BARE_PLACE = Pattern.compile("^[\\p{IsHan}]{2,16}?(?:省|市|县|区|旗|乡|镇|街道)$");
    private static final Pattern SELF_EVALUATION = Pattern.compile("绩效|自评|评价|决算");

    private PublishedReportReader() {
    }

    /** What the text states, or null where it is no self-evaluation at all. */
    static StatedReport read(SourceText source) {
        String folded = source.folded();
        ReportHead.Head head = ReportHead.read(source);
        // (a form without its title may name itself only in a cell spaced out letter by letter: 绩 效 指 标)
        if (!SELF_EVALUATION.matcher(folded).find() && head.title().isEmpty()
                && !SELF_EVALUATION.matcher(ReportHead.compact(folded)).find()) {
            return null;
        }
        StatedReport report = new StatedReport();
        report.kind = head.kind();
        report.year = head.year();
        boolean project = head.kind() == Kind.PROJECT;
        List<Cell> cells = Cells.of(source, head.start(), source.length());
        List<Integer> forms = formStarts(cells);
        if (forms.size() >= 2) {
            // one unit's several project forms in one file: one document whose key tasks are the projects
            report.kind = Kind.DEPARTMENT_OVERALL;
            project = false;
            List<List<Cell>> parts = new ArrayList<>();
            List<HeaderWords.Role> columns = List.of();
            for (int k = 0; k < forms.size(); k++) {
                parts.add(cells.subList(forms.get(k), k + 1 < forms.size() ? forms.get(k + 1) : cells.size()));
                if (columns.isEmpty()) {
                    columns = IndicatorCells.headerRoles(parts.get(k), source);
                }
            }
            for (List<Cell> part : parts) {
                StatedReport form = new StatedReport();
                readForm(part, source, form, columns);
                report.unit = StatedReport.first(report.unit, form.unit);
                report.parent = StatedReport.first(report.parent, form.parent);
                report.tasks.add(form.project());
                report.warnings.addAll(form.warnings);
            }
        } else {
            FormCells.read(cells, source, report, project);
            // a department's own figures stand before the project forms appended to its report
            List<Cell> body = project ? cells : beforeAppendix(cells, source);
            FundsCells.read(body, source, report, project ? report.project().funds : report.funds);
            if (FormCells.isForm(cells)) {
                GoalCells.read(cells, source, report, project); // prose's goals are the sentences' to read
            }
            if (project) {
                IndicatorCells.read(cells, source, report, report.project());
            } else if (FormCells.isForm(body)) {
                departmentIndicators(body, source, report);
            }
        }
        // the stated score is set by FormCells, IndicatorCells and ReportSentences.score alone: statedOnly runs them
        ReportSentences.read(source, head, report);
        // the unit from the first title only (a later one may be a sentence naming another body), or from the one
        // after a document site's file name (某中心2022年整体绩效自评总结报告.docx) where that names none
        int unitTitle = 0;
        for (int t = 0; t < head.titles().size(); t++) {
            int[] title = head.titles().get(t);
            TitleParts.Parts parts = TitleParts.of(source, title[0], title[1]);
            Value<String> titled = t == unitTitle ? parts.unit() : null;
            if (t == unitTitle && titled == null && FILE_NAME.matcher(source.folded().substring(title[0], title[1])).find()) {
                unitTitle++;
            }
            if (titled != null && BARE_PLACE.matcher(titled.value()).matches() && head.publisher() != null
                    && !isFinanceBureau(head.publisher())) {
                titled = head.publisher(); // a title naming a place (某乡), a page naming the office that published it
            }
            if (titled != null && BARE_PLACE.matcher(titled.value()).matches()) {
                // a place, and the letter signed at its end by that place's office (某镇人民政府 | 2025年1月6日)
                Value<String> signer = signer(source);
                if (signer != null && signer.value().startsWith(titled.value())) {
                    titled = signer;
                }
            }
            report.unit = StatedReport.first(report.unit, named(titled));
            if (project && parts.project() != null) {
                report.project().name = StatedReport.first(report.project().name, parts.project());
            }
        }
        if (project && report.project().name == null) {
            report.project().name = projectInText(source, head.reportStart());
        }
        if (report.unit == null) {
            report.unit = named(ReportSentences.unit(source, head.start()));
        }
        if (report.unit == null) {
            report.unit = named(actor(source, head.start()));
        }
        if (report.unit == null) {
            report.unit = named(described(source, head.start()));
        }
        if (report.unit == null) {
            report.unit = attachedReportUnit(source);
        }
        if (report.unit == null && !isFinanceBureau(head.publisher())) {
            // a web page's publisher, unless a finance bureau publishing its units' reports
            report.unit = head.publisher();
        }
        // a 部门决算's title opens with the unit's budget code: 411001-某乡人民政府2023年部门决算公开
        report.unit = FormCells.withoutCode(completed(source, report.unit), report, true);
        if (report.parent == null) {
            report.parent = parentInText(source, head.start());
        }
        if (project && report.tasks.isEmpty()) {
            report.project();
        }
        implausible(source, report, report.funds, "funds");
        for (int t = 0; t < report.tasks.size(); t++) {
            implausible(source, report, report.tasks.get(t).funds, "keyTasks[" + t + "]");
        }
        return report;
    }

    /**
     * The score the text states for itself (statedTotal, statedGrade, statedText) exactly as {@link #read} states it,
     * without reading the rest: the head, the form's cells where one form stands (its indicator table's 总分 row only
     * for a project whose form's labels gave no total), then the sentences' score. For a report the template's reader
     * read whole, whose own reading is kept: only its stated score is ever taken from this reader. Where {@code read}
     * would return null the report has no score. Whatever else comes to set a stated score in {@code read} must be run
     * here too (StatedOnlyProperties holds the two to the same score).
     */
    static StatedReport statedOnly(SourceText source) {
        ReportHead.Head head = ReportHead.read(source);
        StatedReport report = new StatedReport();
        if (!SELF_EVALUATION.matcher(source.folded()).find() && head.title().isEmpty()) {
            return report;
        }
        report.kind = head.kind();
        report.year = head.year();
        boolean project = head.kind() == Kind.PROJECT;
        List<Cell> cells = Cells.of(source, head.start(), source.length());
        // several forms: each is read into a report of its own, whose score the file's report does not take
        if (formStarts(cells).size() < 2) {
            FormCells.read(cells, source, report, project);
            if (project && report.statedTotal == null) {
                // as read runs them: the indicator table's noise is the fields the readers before it filled
                FundsCells.read(cells, source, report, report.project().funds);
                if (FormCells.isForm(cells)) {
                    GoalCells.read(cells, source, report, project);
                }
                IndicatorCells.read(cells, source, report, report.project());
            }
        }
        ReportSentences.score(source, head, report);
        return report;
    }

    /**
     * A budget of 0 beside money spent is a figure read from the wrong cell (a sheet's 年初预算数 of 0 displaced
     * under 全年预算数): left empty, with a warning naming its line.
     */
    private static void implausible(SourceText source, StatedReport report, StatedReport.Figures figures,
            String path) {
        if (figures.budget != null && figures.executed != null && figures.budget.value().signum() == 0
                && figures.executed.value().signum() > 0) {
            report.warnings.add(figures.dropBudget(source, path));
        }
        BigDecimal computed = figures.computedRate();
        if (computed != null && figures.rate != null) {
            if (computed.subtract(figures.rate.value()).abs().compareTo(BigDecimal.ONE) > 0) {
                report.warnings.addAll(figures.dropDisagreeing(source, path, computed));
            }
        }
        // without a rate to bear it out, an execution under a hundredth of the budget or half as much again as it is
        // more likely a figure from another cell (a score, a row number) than money spent
        if (figures.budget != null && figures.executed != null && figures.rate == null
                && figures.budget.value().signum() > 0) {
            BigDecimal share = figures.executed.value().divide(figures.budget.value(), 4, RoundingMode.HALF_UP);
            if (share.compareTo(new BigDecimal("0.01")) < 0 || share.compareTo(new BigDecimal("1.5")) > 0) {
                report.warnings.add(figures.dropExecuted(source, path));
            }
        }
    }

    private static List<Cell> beforeAppendix(List<Cell> cells, SourceText source) {
        int appendix = Appendix.cut(source.text()).length();
        int n = 0;
        while (n < cells.size() && cells.get(n).start() < appendix) {
            n++;
        }
        return cells.subList(0, n);
    }

    /** A project's form read into its own report. */
    private static void readForm(List<Cell> cells, SourceText source, StatedReport form,
            List<HeaderWords.Role> sibling) {
        FormCells.read(cells, source, form, true);
        FundsCells.read(cells, source, form, form.project().funds);
        GoalCells.read(cells, source, form, true);
        IndicatorCells.read(cells, source, form, form.project(), sibling);
    }

    /** Where each project form of a file begins: a form's title with a 项目名称 soon after it. */
    private static List<Integer> formStarts(List<Cell> cells) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            if (!text.contains("自评表") || !FORM_TITLE.matcher(text).find()) {
                continue;
            }
            for (int n = i + 1; n < Math.min(cells.size(), i + 15); n++) {
                String next = cells.get(n).text();
                if (next.contains("自评表") && FORM_TITLE.matcher(next).find()) {
                    break;
                }
                if (next.startsWith("项目名称") || next.startsWith("专项名称")) {
                    starts.add(i);
                    break;
                }
            }
        }
        // a form has figures: a start whose part has no funds header is a list of forms or a page's title
        List<Integer> forms = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : cells.size();
            for (int i = starts.get(k); i < end; i++) {
                if (HeaderWords.funds(cells.get(i).text()) == HeaderWords.Role.BUDGET
                        || HeaderWords.funds(cells.get(i).text()) == HeaderWords.Role.EXECUTED) {
                    forms.add(starts.get(k));
                    break;
                }
            }
        }
        return forms;
    }

    private static final Pattern FORM_TITLE = Pattern.compile("(?:项目支出绩效自评表|项目绩效自评表|绩效目标自评表)(?:\\(|（|$)");

    /**
     * A department's table (部门整体支出绩效自评表) measures the whole department, its indicators grouped by level, not
     * by task: they are read into one key task named for that, 部门整体支出 (docs/document-format.md).
     */
    private static void departmentIndicators(List<Cell> cells, SourceText source, StatedReport report) {
        StatedReport.Task whole = new StatedReport.Task();
        whole.name = Value.of(WHOLE_DEPARTMENT, -1, -1);
        if (IndicatorCells.read(cells, source, report, whole)) {
            report.tasks.add(whole);
        }
    }

    /** The key task that holds a department table's indicators. */
    static final String WHOLE_DEPARTMENT = "部门整体支出";

    /**
     * The unit whose report a notice attaches first (附件:1.某厅2020年度部门整体支出绩效自评报告), where the notice itself
     * calls it only 我厅.
     */
    private static Value<String> attachedReportUnit(SourceText source) {
        Matcher m = ATTACHED_FIRST.matcher(source.folded());
        if (!m.find()) {
            return null;
        }
        int end = source.folded().indexOf('\n', m.end());
        return named(TitleParts.of(source, m.end(), end < 0 ? source.length() : end).unit());
    }

    private static final Pattern ATTACHED_FIRST = Pattern.compile("(?m)^\\s*附\\s*件\\s*[:：]\\s*1[.、．]\\s*");

    /** The unit, unless the text calls it only by a pronoun (我厅, 本局, 该中心), which names no one. */
    private static Value<String> named(Value<String> unit) {
        return unit == null || PRONOUN.matcher(unit.value()).matches() ? null : unit;
    }

    private static final Pattern PRONOUN = Pattern.compile("^(?:我|本|该|我们)\\p{IsHan}{0,3}$");

    /** The unit that signs the text at its end: a line naming a unit, then a line of the date. */
    private static Value<String> signer(SourceText source) {
        String folded = source.folded();
        Matcher m = SIGNATURE.matcher(folded);
        m.region(Math.max(0, folded.length() - 200), folded.length());
        Value<String> last = null;
        while (m.find()) {
            last = ReportHead.UNIT_END.matcher(m.group(1)).find()
                    ? Value.of(TitleParts.clean(source, m.start(1), m.end(1)), m.start(1), m.end(1)) : null;
        }
        return last;
    }

    private static final Pattern SIGNATURE = Pattern.compile(
            "(?m)^[ \\t]*(\\p{IsHan}{4,30})[ \\t]*\\n[ \\t]*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日[ \\t]*$");

    /** The first unit the text says did the work: 实施主体为…, 由…负责, …开展了自评. */
    private static Value<String> actor(SourceText source, int from) {
        String folded = source.folded();
        Matcher m = ACTOR.matcher(folded);
        m.region(from, Math.min(folded.length(), from + 4000));
        while (m.find()) {
            String name = m.group(1);
            if (!name.contains("财政") && !inTitleQuotes(folded, m.start(1))) {
                return Value.of(TitleParts.clean(source, m.start(1), m.end(1)), m.start(1), m.end(1));
            }
        }
        return null;
    }

    /**
     * The project a report without a title names in its text: the heading of a transfer payment's report
     * ((一)中央下达农村危房改造转移支付预算和绩效目标情况) or its first 该…项目.
     */
    private static Value<String> projectInText(SourceText source, int from) {
        String folded = source.folded();
        for (Pattern pattern : PROJECT_IN_TEXT) {
            Matcher m = pattern.matcher(folded);
            m.region(from, Math.min(folded.length(), from + 4000));
            if (m.find()) {
                Value<String> name = TitleParts.projectName(source, m.start(1), m.end(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static final Pattern FILE_NAME = Pattern.compile("\\.(?:docx?|pdf|wps|xlsx?)\\s*$");

    private static final List<Pattern> PROJECT_IN_TEXT = List.of(
            Pattern.compile("下达(?:的)?(?:中央|省级|省|市级|市|县级)?(?:财政)?([\\p{IsHan}()“”、]{2,30}?)(?:转移支付)?(?:资金)?(?:预算)?和绩效目标"),
            // (一)中央下达农村环境整治资金预算情况
            Pattern.compile("(?:中央|省级|省)下达([\\p{IsHan}()“”、]{2,30}?)(?:转移支付)?资金预算(?:和绩效目标)?情况"),
            // (not a clause about the money: 该资金分配拨付到项目建设单位)
            Pattern.compile("该((?:(?!项目|该|拨付|分配|下达|用于|安排)[\\p{IsHan}()“”、]){4,30}?)项目"),
            // …文件下达我区农业生产发展专项转移支付预算463142万元
            Pattern.compile("下达(?:我区|我省|我市|我县|我州|我旗|本省|本市|本县)([\\p{IsHan}]{2,20}?)(?:专项)?转移支付(?:资金)?预算"),
            // …对城镇老旧小区改造及配套工程项目资金投入情况、绩效目标完成情况等进行了自评
            Pattern.compile("对(?:(?:19|20)\\d{2}年度?)?([\\p{IsHan}()“”、]{4,30}?项目)(?:资金)?(?:投入|使用|管理|绩效|实施|进行)"),
            // (一)项目概况 | 某区排水管网工程(二期)是为进一步提高污水收集率…: the overview opens with the project's name
            Pattern.compile("项目概况[。.]?\\s*([\\p{IsHan}]{4,30}?(?:工程|项目)(?:\\([一二三四五六七八九十]期\\))?)(?:是|为|系|位于|由)"),
            // …(湘财文指〔2022〕30号)下达2022年湖南省文化和旅游专项资金20万元
            Pattern.compile("下达(?:我区|我省|我市|我县|我州|我旗)?(?:(?:19|20)\\d{2}年度?)?([\\p{IsHan}]{2,30}?(?:专项资金|补助资金|资金))\\d"));

    /** The body a unit says it belongs to: 我校是耒阳市教育局直属单位, 本中心为某区卫生健康局下属事业单位. */
    private static Value<String> parentInText(SourceText source, int from) {
        String folded = source.folded();
        Matcher m = BELONGS_TO.matcher(folded);
        m.region(from, Math.min(folded.length(), from + 6000));
        return m.find() ? Value.of(TitleParts.clean(source, m.start(1), m.end(1)), m.start(1), m.end(1)) : null;
    }

    private static final Pattern BELONGS_TO = Pattern.compile(
            "(?:是|为|系|隶属于?)([\\p{IsHan}()]{3,25}?(?:局|委员会|厅|人民政府|办事处|管理委员会))(?:的)?"
                    + "(?:直属|下属|所属|二级)(?:正科级|副科级|全额拨款|差额拨款|公益[一二]类)?(?:事业|行政)?单位");

    /** A unit the text describes as a unit: (line start) 某局是市人民政府工作部门 / 某中心下设办公室. */
    private static Value<String> described(SourceText source, int from) {
        String folded = source.folded();
        Matcher m = DESCRIBED.matcher(folded);
        m.region(from, Math.min(folded.length(), from + 6000));
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 2;
        return Value.of(TitleParts.clean(source, m.start(g), m.end(g)), m.start(g), m.end(g));
    }

    private static final Pattern DESCRIBED = Pattern.compile(
            "(?:^|\\n|[。;；:：)）]\\s*)\\s*([\\p{IsHan}()]{4,30}?(?:局|委员会|联合会|院|中心|办公室|馆|所|站|队|厅|人民政府|街道办事处|合作社))"
                    + "(?:是|为|系|下设|内设|设有|共有|现有|主要职能|主要职责|成立于)"
                    // a 部门决算's contents: 第一部分渌口区水利局单位概况
                    + "|第一部分\\s*([\\p{IsHan}()]{4,30}?(?:局|委员会|联合会|院|中心|办公室|馆|所|站|队|厅|人民政府|街道办事处))"
                    + "(?:单位|部门)概况", Pattern.MULTILINE);

    private static boolean isFinanceBureau(Value<String> publisher) {
        return publisher != null && publisher.value().contains("财政");
    }

    private static boolean inTitleQuotes(String folded, int at) {
        int open = folded.lastIndexOf('《', at);
        int close = folded.lastIndexOf('》', at);
        return open > close;
    }

    /** A unit named without its place (县司法局, 市文化和广电旅游体育局) in full, where the text names it so. */
    private static Value<String> completed(SourceText source, Value<String> unit) {
        if (unit == null) {
            return null;
        }
        String name = ReportHead.compact(Folding.fold(unit.value()));
        if (BARE_OFFICE.matcher(name).matches()) {
            // an office without any place (2021年林业局部门整体支出绩效自评表): the place the page gives it, 零陵区林业局
            return placed(source, unit, name, "[\\p{IsHan}]{1,8}?(?:省|市|州|盟|县|区|旗|镇|乡)");
        }
        if (!name.matches("^(?:县|市|区|旗|镇|乡|州|省)?[^县市区旗镇乡州省]{0,12}.*") || name.length() > 12
                || !(name.startsWith("县") || name.startsWith("市") || name.startsWith("区") || name.startsWith("旗"))) {
            return unit;
        }
        // the place ends where the shortened name's first character stood: 紫金 + 县司法局
        return placed(source, unit, name, "[\\p{IsHan}]{0,7}[^\\P{IsHan}的和及]");
    }

    /** The unit's name where the text writes it after a place ({@code place}, a pattern), else the unit as it was. */
    private static Value<String> placed(SourceText source, Value<String> unit, String name, String place) {
        Matcher m = Pattern.compile("(" + place + ")" + Pattern.quote(name)).matcher(source.folded());
        while (m.find()) {
            int start = m.start(1) + trimmedPlace(m.group(1));
            if (m.end() - start > name.length()) {
                return Value.of(TitleParts.clean(source, start, m.end()), start, m.end());
            }
        }
        return unit;
    }


    /** An office named by its field alone: 林业局, 教育委员会, 文化馆. */
    private static final Pattern BARE_OFFICE = Pattern.compile(
            "^[^省市州盟县区旗镇乡]{1,6}(?:局|委员会|委|办公室|中心|馆|院|站|所|队)$");

    /** How many characters before the place's name belong to the sentence: 对紫金 → 1, 现将 → all. */
    private static int trimmedPlace(String place) {
        for (int i = 0; i < place.length(); i++) {
            String rest = place.substring(i);
            if (rest.length() <= 4 && !rest.matches(".*(?:对|将|由|为|是|在|向|和|与|及|的|了|各|我).*")) {
                return i;
            }
        }
        return place.length();
    }
}
