package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Kind;

/**
 * What a report says in sentences rather than in a form's cells, read from its {@link Prose} cut into parts by its
 * headings and labels ({@link Outline}): the score it gives itself (自评得分为95分, 评分100分，自评为优, 项目自评分：100分,
 * 评价等级为"优"); its funds ({@link FundsSentences}); the unit's functions, the goals, the problems, the measures,
 * the achievements as numbered items ({@link ItemList}) and the conclusion; a department's key tasks from its
 * 重点工作任务; a summary over several projects as one document whose key tasks are the projects
 * ({@link ProjectParts}); a project's indicators told in sentences ({@link IndicatorClauses}); the year where the
 * head names none. Each fills only what the readers before it left empty.
 */
final class ReportSentences {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern GENRE_WORD = Pattern.compile(".*(?:绩效|自评|评价|报告).*");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:根据|按照|我|本|对|由|经|在|为).*");
    private static final Pattern SCORE_ONLY = Pattern.compile("^[^，。]{0,20}\\d+(?:\\.\\d+)?分$");

    // the scores' and grade's patterns open with alternatives: tried only where their first characters stand
    private static final FirstChars SCORE = new FirstChars("自综绩评总",
            "(?:自评得分|自评分|自评总分|综合得分|绩效评分|评价得分|自评结果得分|综合评分|总得分|自评)(?:为|是|:|：)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分(?![制值])");
    /** 评分, 得分 alone: an indicator's points as often as the total, taken only where no total is named so. */
    private static final FirstChars SCORE_PLAIN = new FirstChars("评得",
            "(?:评分|得分)(?:为|是|:|：)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");
    /** A total below this, written only as 得分, is a part's points. */
    private static final BigDecimal PLAIN_TOTAL_FLOOR = BigDecimal.valueOf(60);
    /** A form's 自评总分（分）97.93: the figure after the label, its unit in the label. */
    private static final FirstChars SCORE_LABEL = new FirstChars("自综总",
            "(?:自评总分|自评得分|综合得分|总得分)\\s*\\(分\\)\\s*[:：]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)(?![\\d.%])");
    private static final FirstChars GRADE = new FirstChars("自评等绩",
            "(?:自评(?:等级|等次|结果|结论)?|评价等级|评价等次|等级|等次|绩效等级|评定)均?(?:为|是|:|：)\\s*[“\"「『]?(优\\s?秀|良\\s?好|合\\s?格|不\\s?合\\s?格|优|良|中|差)[”\"」』]?");
    /** How a duty begins. */
    private static final Pattern DUTY = Pattern.compile(
            "贯彻|执行|拟订|拟定|负责|承担|组织|指导|管理|制定|会同|协调|参与|完成|研究|监督|统筹|推进|推动|开展|落实|审核|编制|建立|依法");
    /** A list of duties without a title stands within this many characters of the text's start. */
    private static final int DUTIES_WITHIN = 1500;
    private static final Pattern SUMMARY_TITLE = Pattern.compile("单位自评|自评总报告|总报告|汇总|综述|结果综述");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年(?!\\d{1,2}月)");
    private static final String UNIT = "([\\p{IsHan}()（）]{2,30}?(?:局|委员会|联合会|残联|妇联|政协|院|中心|办公室|馆|所|站|队|厅|人民政府"
            + "|街道办事处|合作社|委|办|社区居委会))";
    private static final Pattern UNIT_STATED = Pattern.compile(
            "(?:项目实施单位|实施主体|实施单位|项目单位|责任单位|资金使用单位|项目主管单位)(?:为|是|:|：)\\s*" + UNIT
                    + "(?=[。，,;；:：\\s)）]|负责|开展|对|进行|组织)");
    private static final Pattern UNIT_ACTING = Pattern.compile(
            "(?:文件要求|通知要求|工作要求|有关要求|文件精神|通知精神)[,，]\\s*" + UNIT
                    + "(?=开展|对|进行|组织|认真|及时|积极|按照|根据|高度)");
    /** The unit that counts its projects: (一)X管理处2022年度共有5个项目. */
    private static final Pattern UNIT_COUNTING = Pattern.compile(
            "(?:^|[\\s。；;:：]|[(（][一二三四五六七八九十\\d]{1,2}[)）])" + UNIT.replace("|委|办|", "|委|办|处|")
                    + "(?=(?:\\d{4}年度?)?(?:共有|共计|共)[\\d一二三四五六七八九十]{1,3}个(?:项目|专项))");
    private static final Pattern UNIT_SITE = Pattern.compile(
            "欢迎(?:您)?(?:来到|访问|进入|光临)\\s*" + UNIT + "(?:门户)?(?:网站|官网|官方网站|网)");

    private ReportSentences() {
    }

    static void read(SourceText source, ReportHead.Head head, StatedReport report) {
        score(source, head, report);
        int start = head.reportStart();
        // the 自评表 appended (附件：…自评表) repeat the report in forms, which the readers of forms read
        int end = Appendix.cut(source.text()).length();
        Prose prose = Prose.of(source, start, end > start ? end : source.length());
        Outline outline = Outline.of(prose);
        if (report.year == null) {
            report.year = year(prose);
        }
        if (report.year == null && start > 0) {
            report.year = year(Prose.of(source, 0, start));
        }
        Integer year = Value.get(report.year);
        boolean titleNamesProject = titleNamesProject(source, head);
        List<ProjectParts.Project> projects = hasTasks(report) ? List.of() : ProjectParts.of(outline, titleNamesProject);
        boolean summary = projects.size() >= 2;
        if (summary) {
            summary(outline, projects, year, report);
        }
        Predicate<Integer> inProjects = position -> {
            for (ProjectParts.Project p : projects) {
                if (p.holds(position)) {
                    return true;
                }
            }
            return false;
        };
        boolean project = report.kind == Kind.PROJECT;
        StatedReport.Figures figures = project ? report.project().funds : report.funds;
        FundsSentences.read(outline, 0, prose.length(), inProjects, year, figures, report.funds, !project, report,
                "funds");
        texts(outline, inProjects, report);
        if (report.functions.isEmpty() && start > 0) {
            // a 部门决算 tells the unit's functions in its first part, before its part on performance
            Outline before = Outline.of(Prose.of(source, 0, start));
            functions(before, position -> false, report);
        }
        if (!project && !summary && report.tasks.isEmpty()) {
            report.tasks.addAll(ProjectParts.counted(prose));
        }
        if (!project && !summary && report.tasks.isEmpty()) {
            tasks(outline, report);
        }
        if (project && !summary && report.project().outcome == null) {
            report.project().outcome = outcome(outline);
        }
        if (project && !summary && report.project().indicators.isEmpty()) {
            report.project().indicators.addAll(IndicatorClauses.read(outline));
        }
        if (project && !summary && report.project().indicators.isEmpty()) {
            report.project().indicators.addAll(IndicatorClauses.levelledTargets(outline));
        }
    }

    /** Whether the title names one project (…经费绩效自评报告), not a unit's report over its projects. */
    private static boolean titleNamesProject(SourceText source, ReportHead.Head head) {
        if (head.titleEnd() <= head.titleStart() || SUMMARY_TITLE.matcher(head.title()).find()) {
            return false;
        }
        Value<String> project = TitleParts.of(source, head.titleStart(), head.titleEnd()).project();
        return project != null && !GENRE_WORD.matcher(Folding.fold(project.value())).matches();
    }

    /** The unit a sentence names as the one that did the work (实施主体为…, 文件要求，…开展), or a unit's own site. */
    static Value<String> unit(SourceText source, int from) {
        String folded = source.folded();
        int start = Math.max(0, Math.min(from, folded.length()));
        int end = Math.min(folded.length(), start + 6000);
        for (Pattern pattern : new Pattern[] {UNIT_STATED, UNIT_ACTING, UNIT_COUNTING}) {
            Matcher m = pattern.matcher(folded);
            m.region(start, end);
            while (m.find()) {
                String name = m.group(1);
                if (pattern == UNIT_ACTING && name.contains("财政")) {
                    continue;
                }
                if (!CLAUSE_OPENING.matcher(name).matches()) {
                    return Value.of(TitleParts.clean(source, m.start(1), m.end(1)), m.start(1), m.end(1));
                }
            }
        }
        Matcher site = UNIT_SITE.matcher(folded);
        site.region(0, Math.min(folded.length(), Math.max(end, 2000)));
        if (site.find()) {
            return Value.of(TitleParts.clean(source, site.start(1), site.end(1)), site.start(1), site.end(1));
        }
        return null;
    }

    /** The score the report gives itself in sentences, where the forms' cells gave none; also for statedOnly. */
    static void score(SourceText source, ReportHead.Head head, StatedReport report) {
        String folded = source.folded();
        int from = Math.max(0, Math.min(head.start(), folded.length()));
        for (FirstChars pattern : new FirstChars[] {SCORE, SCORE_LABEL, SCORE_PLAIN}) {
            if (report.statedTotal != null) {
                break;
            }
            Matcher m = pattern.matcher(folded);
            for (int at = from; pattern.find(m, folded, at); at = Math.max(m.end(), m.start() + 1)) {
                BigDecimal total = new BigDecimal(m.group(1));
                // 指标评价得分7分: one indicator's or one area's points, whichever word follows
                if (preceded(folded, m.start(), "指标") || pattern == SCORE_PLAIN
                        && (total.compareTo(PLAIN_TOTAL_FLOOR) < 0 || preceded(folded, m.start(), "权重", "分)", "分）"))) {
                    continue;
                }
                if (total.compareTo(BigDecimal.valueOf(100)) <= 0 && !preceded(folded, m.start(), "分值", "满分", "总分值")) {
                    report.statedTotal = Value.of(total, m.start(1), m.end(1));
                    report.statedText = Value.of(sentence(source, m.start(), m.end()), m.start(), m.end());
                    break;
                }
            }
        }
        if (report.statedGrade == null) {
            Matcher m = GRADE.matcher(folded);
            if (GRADE.find(m, folded, from)) {
                // (a PDF's wrap may stand inside the word: 优 秀)
                report.statedGrade = Value.of(Chars.withoutSpace(source.original(m.start(1), m.end(1))), m.start(1),
                        m.end(1));
            }
        }
    }

    /** The first year the sentences name (2017年实际到位数…), not a date, a range or a document's number. */
    private static Value<Integer> year(Prose prose) {
        String text = prose.text();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (at > 0 && "-—~～至到".indexOf(text.charAt(at - 1)) >= 0) {
                continue;
            }
            int paragraph = Math.max(prose.paragraphStart(at), at - 200);
            String before = text.substring(paragraph, at);
            if (open(before)) {
                continue;
            }
            return prose.valueAt(Integer.valueOf(m.group(1)), m.start(1), m.end(1));
        }
        return null;
    }

    /** Whether a bracket (（, 《, 〔, 【) opened in the text is still open at its end. */
    private static boolean open(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '《' || c == '〔' || c == '[' || c == '【') {
                depth++;
            } else if (c == ')' || c == '》' || c == '〕' || c == ']' || c == '】') {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth > 0;
    }

    /** Whether the report already has tasks of its own (a form's project, with its name, figures or indicators). */
    private static boolean hasTasks(StatedReport report) {
        for (StatedReport.Task task : report.tasks) {
            if (task.name != null || task.goal != null || task.funds.hasTotals() || !task.indicators.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A summary over several projects: one document whose key tasks are the projects, each with its own part. */
    private static void summary(Outline outline, List<ProjectParts.Project> projects, Integer year,
            StatedReport report) {
        Prose prose = outline.prose();
        report.kind = Kind.DEPARTMENT_OVERALL;
        report.tasks.clear();
        for (int i = 0; i < projects.size(); i++) {
            ProjectParts.Project p = projects.get(i);
            StatedReport.Task task = new StatedReport.Task();
            task.name = p.name();
            List<Value<String>> goals = new ArrayList<>();
            for (Outline.Part part : outline.parts(Outline.Kind.GOALS)) {
                if (part.start() >= p.start() && part.end() <= p.end()) {
                    Value<String> goal = prose.value(part.start(), part.end());
                    if (goal != null && !Unfilled.is(goal.value())) {
                        goals.add(goal);
                    }
                }
            }
            if (!goals.isEmpty()) {
                task.goal = Value.of(String.join("", goals.stream().map(Value::value).toList()), goals.get(0).start(),
                        goals.get(goals.size() - 1).end());
            }
            if (p.end() > p.start()) {
                FundsSentences.read(outline, p.start(), p.end(), position -> false, year, task.funds, null, false,
                        report, "keyTasks[" + i + "]");
            }
            task.funds.budget = StatedReport.first(task.funds.budget, p.listedBudget());
            report.tasks.add(task);
        }
    }

    private static void texts(Outline outline, Predicate<Integer> inProjects, StatedReport report) {
        functions(outline, inProjects, report);
        if (report.goals.isEmpty()) {
            items(outline, inProjects, report.goals, Outline.Kind.GOALS);
        }
        if (report.problems.isEmpty()) {
            items(outline, inProjects, report.problems, Outline.Kind.PROBLEMS, Outline.Kind.PROBLEMS_AND_MEASURES);
        }
        if (report.measures.isEmpty()) {
            items(outline, inProjects, report.measures, Outline.Kind.MEASURES);
        }
        if (report.achievements.isEmpty()) {
            items(outline, inProjects, report.achievements, Outline.Kind.ACHIEVEMENTS);
        }
        if (report.conclusion == null) {
            report.conclusion = conclusion(outline);
        }
    }

    private static void functions(Outline outline, Predicate<Integer> inProjects, StatedReport report) {
        if (!report.functions.isEmpty()) {
            return;
        }
        List<Outline.Part> parts = outline.parts(Outline.Kind.FUNCTIONS);
        for (Outline.Part part : parts) {
            if (!inProjects.test(part.start())) {
                report.functions.addAll(ItemList.texts(outline.prose(), part.start(), part.end(), true));
                if (!report.functions.isEmpty()) {
                    return;
                }
            }
        }
        if (parts.isEmpty() && report.kind != Kind.PROJECT) {
            duties(outline.prose(), report);
        }
    }

    /**
     * A unit's duties listed with no title above them (a 部门决算 whose table of contents ran into them): a numbered
     * list near the text's start, most of whose items begin as duties do (贯彻执行…, 拟订…, 负责…, 承担…).
     */
    private static void duties(Prose prose, StatedReport report) {
        int end = Math.min(prose.length(), DUTIES_WITHIN * 4);
        List<ItemList.Item> items = ItemList.numbered(prose, 0, end);
        if (items.size() < 4 || items.get(0).marker() > DUTIES_WITHIN) {
            return;
        }
        int duties = 0;
        for (ItemList.Item item : items) {
            if (DUTY.matcher(prose.text().substring(item.start(), Math.min(item.end(), item.start() + 8))).lookingAt()) {
                duties++;
            }
        }
        if (duties * 4 < items.size() * 3) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            ItemList.Item item = items.get(i);
            int itemEnd = i == items.size() - 1 ? Math.min(item.end(), prose.paragraphEnd(item.start())) : item.end();
            Value<String> text = prose.value(item.start(), itemEnd);
            if (text != null) {
                report.functions.add(text);
            }
        }
    }

    private static void items(Outline outline, Predicate<Integer> inProjects, List<Value<String>> into,
            Outline.Kind... kinds) {
        Set<String> seen = new LinkedHashSet<>();
        List<Outline.Part> parts = new ArrayList<>();
        for (Outline.Kind kind : kinds) {
            parts.addAll(outline.parts(kind));
        }
        parts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Outline.Part part : parts) {
            if (!inProjects.test(part.start())) {
                ItemList.addTexts(outline.prose(), part.start(), part.end(), false, into, seen);
            }
        }
    }

    /** What a project's goals came to: the words under 总体绩效目标完成情况(分析) before its own sub-headings. */
    private static Value<String> outcome(Outline outline) {
        for (Outline.Part part : outline.parts(Outline.Kind.OUTCOME)) {
            Value<String> text = beforeSubheadings(outline, part);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static Value<String> beforeSubheadings(Outline outline, Outline.Part part) {
        int end = part.end();
        if (!part.labelled()) {
            for (Outline.Heading h : outline.headings()) {
                if (h.start() >= part.start() && h.start() < end) {
                    end = h.start();
                    break;
                }
            }
        }
        Value<String> text = outline.prose().value(part.start(), end);
        return text == null || Unfilled.is(text.value()) ? null : text;
    }

    /** 自评结论：…, else the words of a 自评结论 heading before its own sub-headings. */
    private static Value<String> conclusion(Outline outline) {
        Prose prose = outline.prose();
        for (Outline.Part part : outline.parts(Outline.Kind.CONCLUSION)) {
            Value<String> text = beforeSubheadings(outline, part);
            if (text != null && !SCORE_ONLY.matcher(text.value()).matches()) {
                return text;
            }
        }
        return null;
    }

    /** A department's key tasks: the numbered items of its 重点工作任务, each named by its first sentence. */
    private static void tasks(Outline outline, StatedReport report) {
        Prose prose = outline.prose();
        for (Outline.Part part : outline.parts(Outline.Kind.TASKS)) {
            List<ItemList.Item> items = ItemList.numbered(prose, part.start(), part.end());
            if (items.size() < 2) {
                continue;
            }
            for (ItemList.Item item : items) {
                int end = item.end();
                int stop = prose.text().indexOf('。', item.start());
                if (stop >= 0 && stop < end) {
                    end = stop;
                }
                Value<String> name = prose.value(item.start(), end);
                if (name != null) {
                    StatedReport.Task task = new StatedReport.Task();
                    task.name = name;
                    report.tasks.add(task);
                }
            }
            return;
        }
    }

    private static boolean preceded(String folded, int at, String... words) {
        String before = folded.substring(Math.max(0, at - 6), at);
        for (String word : words) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence around the offsets: from the last sentence end before to the next after. */
    static String sentence(SourceText source, int start, int end) {
        String folded = source.folded();
        int s = start;
        while (s > 0 && s > start - 80 && "。;；\n!?！？".indexOf(folded.charAt(s - 1)) < 0) {
            s--;
        }
        int e = end;
        while (e < folded.length() && e < end + 80 && "。;；\n!?！？".indexOf(folded.charAt(e)) < 0) {
            e++;
        }
        return TitleParts.clean(source, s, e);
    }
}
