package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Decimals;
import org.jixiao.document.Money;

/**
 * The projects of a unit's summary report over several of them (项目支出绩效单位自评报告, 自评结果综述), each with the
 * stretch of prose that is its own: parts opened by 项目一：… 项目二：…; sibling headings that name projects ((一)X经费项目
 * (二)Y项目, (1)“X”运维经费。…) where the report's title names none; or a list 慈善会项目40万元；城乡低保…项目2.75万元；…
 * whose projects have such headings further on. A single project's report, whose parts are called 项目基本情况,
 * 项目绩效目标, or whose title names its project, is no summary.
 */
final class ProjectParts {

    /**
     * A project: its name as the report writes it, the prose that is its part, the budget a list gives it and where
     * that list's entry stands (-1 where none).
     */
    record Project(Value<String> name, int start, int end, Value<BigDecimal> listedBudget, int entryStart,
            int entryEnd) {

        Project(Value<String> name, int start, int end, Value<BigDecimal> listedBudget) {
            this(name, start, end, listedBudget, -1, -1);
        }

        /** Whether the position lies in the project's part or in its entry of a list. */
        boolean holds(int position) {
            return (start <= position && position < end) || (entryStart <= position && position < entryEnd);
        }
    }

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern PART_TITLE = Pattern.compile(".*(?:情况|分析|概况|管理|说明)$");
    private static final Pattern FUNDS_SUFFIX = Pattern.compile("(?:项目|专项经费|经费|资金|专项)+$");
    private static final Pattern PROJECT_SUFFIX = Pattern.compile("(?:项目支出|项目)$");

    private static final Pattern MARKER = Pattern.compile("项目([一二三四五六七八九十]{1,3}|\\d{1,2})[:、.]");
    /** 1、X维修项目：预算…: a numbered item whose first words, up to a colon, name a project. */
    private static final Pattern NAMED_ITEM = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})、\\s*([^，,。;；:：、\\n]{2,40}?(?:项目|经费|资金|专项|工程))\\s*[:：]");
    /** What a source of funds is called (中央资金：, 县级配套资金：): a list of sources, not of projects. */
    private static final Pattern SOURCE_NAME = Pattern.compile(
            "^(?:中央|省级|省|市级|市|县级|县|区级|区|本级|上级|自筹|财政|其他|预算|项目|专项|配套|地方|社会)+(?:配套)?(?:资金|经费|专项)$");
    private static final Pattern AMOUNT = Pattern.compile("\\d\\s*万?元");
    private static final Pattern PROJECT_END = Pattern.compile(
            "(?:项目|经费|资金|专项|工程|补助|补贴|建设|服务费|运维费|维护费|购置费|工作费)$");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "^[\\p{IsHan}]{1,8}[〔\\[(【]\\d{4}[〕\\])】]\\s*\\d{1,5}号\\s*");
    private static final Pattern LIST_ENTRY = Pattern.compile(
            "^(.{2,60}?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万元|元)$");
    /** A sentence's count opening an entry: 二是部门业务费. */
    private static final Pattern ORDINAL = Pattern.compile("[一二三四五六七八九十]是");
    private static final Pattern COUNTED_PROJECTS = Pattern.compile(
            "共有\\s*(\\d{1,2})\\s*个项目[^。]{0,60}。\\s*其中\\s*[:：]\\s*");
    private static final Pattern SCOPE = Pattern.compile("(?:评价|自评)(?:资金|项目)?范围|纳入(?:本次)?(?:绩效)?评价");
    private static final Pattern LEAD_IN = Pattern.compile(".*(?:，|,(?!\\d)|:|：|下达|安排|下拨|分配|拨付|转移支付|包括|包含|涵盖|涉及)");

    private ProjectParts() {
    }

    /** The projects of a summary report in the source's order, or an empty list where it is none. */
    static List<Project> of(Outline outline, boolean titleNamesProject) {
        Prose prose = outline.prose();
        List<Project> marked = marked(prose, outline);
        if (marked.size() >= 2) {
            return marked;
        }
        if (!titleNamesProject) {
            List<Project> named = named(prose, outline);
            if (named.size() >= 2) {
                return named;
            }
        }
        List<Project> numbered = numberedAfterCount(prose);
        if (numbered.size() >= 2) {
            return numbered;
        }
        List<Outline.Heading> siblings = siblings(outline);
        List<Project> listed = listed(prose);
        if (listed.size() >= 2 && siblings.size() >= 2) {
            List<Project> matched = matchList(prose, listed, siblings);
            if (matched != null) {
                return matched;
            }
        }
        if (listed.size() >= 3 && scoped(prose, listed.get(0))) {
            return listed; // the funds an evaluation covers, listed where its parts have no headings yet
        }
        if (siblings.size() >= 2 && !titleNamesProject) {
            List<Project> projects = new ArrayList<>();
            for (Outline.Heading h : siblings) {
                projects.add(new Project(name(prose, h.titleStart(), h.titleEnd()), h.start(), h.end(), null));
            }
            return projects;
        }
        return List.of();
    }

    /**
     * The projects a department's report counts and then lists with their amounts (共有1个项目批复了绩效目标，…。其中：
     * 某工程运行维修经费46.00万元): as many entries as it counts, or none.
     */
    static List<StatedReport.Task> counted(Prose prose) {
        String text = prose.text();
        Matcher count = COUNTED_PROJECTS.matcher(text);
        List<StatedReport.Task> tasks = new ArrayList<>();
        if (!count.find()) {
            return tasks;
        }
        int listStart = count.end();
        int listEnd = text.indexOf('。', listStart);
        listEnd = listEnd < 0 ? Math.min(text.length(), listStart + 400) : listEnd;
        List<Project> entries = entries(prose, listStart, listEnd, "、;；", false);
        if (entries.size() != Integer.parseInt(count.group(1))) {
            return tasks;
        }
        for (Project entry : entries) {
            StatedReport.Task task = new StatedReport.Task();
            task.name = entry.name();
            task.funds.budget = entry.listedBudget();
            tasks.add(task);
        }
        return tasks;
    }

    /**
     * The projects a report counts (参与绩效评价的项目共4个) and then numbers one a line, each opening with its name and
     * its amount (1、档案整理费5万元,主要用于…): as many as it counts, or none. The amount is left to the parts' own
     * sentences: such a list gives what was spent as often as what was budgeted.
     */
    private static List<Project> numberedAfterCount(Prose prose) {
        String text = prose.text();
        Matcher count = PROJECT_COUNT.matcher(text);
        if (!count.find()) {
            return List.of();
        }
        int expected = Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2));
        int first = text.indexOf("\n1、", count.end());
        if (expected < 2 || first < 0 || first - count.end() > 300) {
            return List.of();
        }
        List<Project> projects = new ArrayList<>();
        Matcher item = NUMBERED_AMOUNT.matcher(text);
        int at = first + 1;
        while (item.region(at, text.length()).lookingAt()
                && Integer.parseInt(item.group(1)) == projects.size() + 1) {
            Value<String> name = name(prose, item.start(2), item.end(2));
            if (name == null) {
                return List.of();
            }
            int end = prose.paragraphEnd(at);
            projects.add(new Project(name, at, at, null, at, end));
            at = end + 1;
            if (at >= text.length()) {
                break;
            }
        }
        return projects.size() == expected ? projects : List.of();
    }

    private static final Pattern PROJECT_COUNT = Pattern.compile(
            "项目共(?:有|计)?(\\d{1,2})个|共(?:有|计)?(\\d{1,2})个(?:项目|专项)");
    private static final Pattern NUMBERED_AMOUNT = Pattern.compile(
            "(\\d{1,2})、([^，,。;；:：\\n]{2,40}?)\\d+(?:\\.\\d+)?万?元(?:[，,;；。]|$)");

    /** Parts opened by 项目一：, 项目二：… counting up from one. */
    private static List<Project> marked(Prose prose, Outline outline) {
        String text = prose.text();
        Matcher m = MARKER.matcher(text);
        List<int[]> marks = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            int at = m.start();
            boolean mayStart = prose.startsLine(at) || prose.gapBefore(at) || (at > 0 && "。;!?".indexOf(text.charAt(at - 1)) >= 0);
            if (!mayStart || Numbering.value(m.group(1)) != expected) {
                continue;
            }
            marks.add(new int[] {at, m.end()});
            expected++;
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int start = marks.get(i)[0];
            int nameStart = marks.get(i)[1];
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0]
                    : Math.min(prose.paragraphEnd(nameStart), outline.nextHeading(nameStart));
            int nameEnd = nameStart;
            while (nameEnd < end && "，,。;:\n".indexOf(text.charAt(nameEnd)) < 0 && nameEnd - nameStart < 80) {
                nameEnd++;
            }
            Value<String> name = name(prose, nameStart, nameEnd);
            if (name == null) {
                return List.of();
            }
            projects.add(new Project(name, start, end, null));
        }
        return projects;
    }

    /**
     * Items numbered from 1 whose first words name a project before a colon (1、X维修项目：预算35.3万元…2、Y专项资金项目：…),
     * run together in a paragraph as often as on lines of their own. Each must tell an amount; a list of the sources of
     * funds (1、中央资金：) is none. A number out of turn (a document site's page mark 2、 inside a sentence) is passed
     * over.
     */
    private static List<Project> named(Prose prose, Outline outline) {
        String text = prose.text();
        Matcher m = NAMED_ITEM.matcher(text);
        List<int[]> items = new ArrayList<>();
        int expected = 1;
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) != expected
                    || SOURCE_NAME.matcher(ItemList.words(m.group(2))).matches()) {
                continue;
            }
            items.add(new int[] {m.start(), m.start(2), m.end(2)});
            expected++;
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int[] item = items.get(i);
            int end = i + 1 < items.size() ? items.get(i + 1)[0] : Math.min(outline.nextHeading(item[2]), text.length());
            Value<String> name = name(prose, item[1], item[2]);
            if (name == null || !AMOUNT.matcher(text).region(item[2], end).find()) {
                return List.of();
            }
            projects.add(new Project(name, item[0], end, null));
        }
        return projects;
    }

    /**
     * The longest run of sibling headings (one numbering, one level, counting up, under one heading) most of which
     * name projects, and none of which is a part of a report (目标, 问题, 措施, 指标 …).
     */
    private static List<Outline.Heading> siblings(Outline outline) {
        List<Outline.Heading> headings = outline.headings();
        List<Outline.Heading> best = List.of();
        for (int i = 0; i < headings.size(); i++) {
            Outline.Heading first = headings.get(i);
            if (first.number() != 1 || first.style() == Outline.Style.NONE || first.style() == Outline.Style.PART) {
                continue;
            }
            List<Outline.Heading> run = new ArrayList<>();
            run.add(first);
            for (int n = i + 1; n < headings.size(); n++) {
                Outline.Heading h = headings.get(n);
                if (h.level() < first.level()) {
                    break;
                }
                if (h.level() == first.level() && h.style() == first.style()) {
                    if (h.number() != run.size() + 1) {
                        break;
                    }
                    run.add(h);
                }
            }
            if (run.size() < 2) {
                continue;
            }
            int named = 0;
            boolean parts = false;
            for (Outline.Heading h : run) {
                String title = title(outline.prose(), h);
                Outline.Kind kind = h.kind();
                if (kind != null && kind != Outline.Kind.FUNDS) {
                    parts = true;
                }
                if (PROJECT_END.matcher(title).find() && !PART_TITLE.matcher(title).matches()) {
                    named++;
                }
            }
            if (!parts && named >= 2 && named * 2 >= run.size() && run.size() > best.size()) {
                best = run;
            }
        }
        return best;
    }

    private static String title(Prose prose, Outline.Heading h) {
        return ItemList.words(prose.text().substring(h.titleStart(), h.titleEnd()));
    }

    /** The entries of a list of projects with their amounts: 慈善会项目40万元；城乡低保…项目2.75万元；…. */
    private static List<Project> listed(Prose prose) {
        String text = prose.text();
        List<Project> best = List.of();
        int sentenceStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '。' && text.charAt(i) != '\n') {
                continue;
            }
            List<Project> entries = new ArrayList<>();
            int segmentStart = sentenceStart;
            for (int k = sentenceStart; k <= i; k++) {
                if (k == i || text.charAt(k) == ';' || text.charAt(k) == '；') {
                    Project entry = entry(prose, segmentStart, k, entries.isEmpty());
                    List<Project> enumerated = entry == null ? enumerated(prose, segmentStart, k, entries.isEmpty())
                            : List.of();
                    if (entry != null) {
                        entries.add(entry);
                    } else if (!enumerated.isEmpty()) {
                        entries.addAll(enumerated);
                    } else if (k < i) {
                        entries.clear();
                    }
                    segmentStart = k + 1;
                }
            }
            if (entries.size() >= 2 && entries.size() > best.size()) {
                best = entries;
            }
            sentenceStart = i + 1;
        }
        return best;
    }

    /** Entries run together with 、 in one clause (包含A资金78,000万元、B建设60,000万元、…): each must end in an amount. */
    private static List<Project> enumerated(Prose prose, int start, int end, boolean first) {
        List<Project> entries = entries(prose, start, end, "、", first);
        return entries.size() >= 2 ? entries : List.of();
    }

    /**
     * The entries between the separators, each ending in its amount (the first with its lead-in where {@code first});
     * none where one of them does not.
     */
    private static List<Project> entries(Prose prose, int start, int end, String separators, boolean first) {
        String text = prose.text();
        List<Project> entries = new ArrayList<>();
        int entryStart = start;
        for (int k = start; k <= end; k++) {
            if (k == end || separators.indexOf(text.charAt(k)) >= 0) {
                Project entry = entry(prose, entryStart, k, first && entries.isEmpty());
                if (entry == null) {
                    return List.of();
                }
                entries.add(entry);
                entryStart = k + 1;
            }
        }
        return entries;
    }

    /** Whether a list stands in a sentence that says what the evaluation covers (评价资金范围包括…). */
    private static boolean scoped(Prose prose, Project first) {
        int from = Math.max(prose.paragraphStart(first.entryStart()), first.entryStart() - 120);
        return SCOPE.matcher(prose.text()).region(from, first.entryEnd()).find();
    }

    private static Project entry(Prose prose, int start, int end, boolean first) {
        String text = prose.text();
        int s = start;
        int e = end;
        while (e > s && "。，,".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == s || text.charAt(e - 1) != '元') {
            return null; // no amount ends it: spared LIST_ENTRY's lazy search of its name
        }
        Matcher m = LIST_ENTRY.matcher(text.substring(s, e));
        int from = s;
        if (!m.matches() && first) {
            // the list's lead-in longer than a name: 资金440万元，已分配到项目建设单位：A项目资金140万元
            Matcher lead = LEAD_IN.matcher(text.substring(s, e));
            if (lead.lookingAt() && lead.end() < e - s) {
                from = s + lead.end();
                m = LIST_ENTRY.matcher(text.substring(from, e));
                if (m.matches() && AMOUNT.matcher(m.group(1)).find()) {
                    return null; // entries run together with 、, which enumerated() reads one by one
                }
            }
        }
        if (!m.matches()) {
            return null;
        }
        int nameStart = from;
        int nameEnd = from + m.end(1);
        if (first) {
            Matcher lead = LEAD_IN.matcher(text.substring(nameStart, nameEnd));
            if (lead.lookingAt()) {
                nameStart += lead.end();
            }
        }
        Value<String> name = name(prose, nameStart, nameEnd);
        if (name == null || ItemList.words(name.value()).length() < 2) {
            return null;
        }
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
        BigDecimal value = m.group(3).equals("元") ? Money.fromYuan(amount) : Decimals.canonical(amount);
        int amountStart = from + m.start(2);
        return new Project(name, start, end, prose.valueAt(value, amountStart, e), start, end);
    }

    /** The list's entries, each with the heading of its part where one names it; null where most have none. */
    private static List<Project> matchList(Prose prose, List<Project> listed, List<Outline.Heading> siblings) {
        List<Project> projects = new ArrayList<>();
        int matched = 0;
        for (Project entry : listed) {
            String key = key(entry.name().value());
            Outline.Heading part = null;
            for (Outline.Heading h : siblings) {
                String heading = key(prose.original(h.titleStart(), h.titleEnd()));
                if (!heading.isEmpty() && (key.equals(heading) || key.endsWith(heading))) {
                    part = h;
                    break;
                }
            }
            if (part == null) {
                projects.add(entry);
            } else {
                matched++;
                projects.add(new Project(name(prose, part.titleStart(), part.titleEnd()), part.start(), part.end(),
                        entry.listedBudget(), entry.entryStart(), entry.entryEnd()));
            }
        }
        return matched >= 2 ? projects : null;
    }

    private static String key(String name) {
        return FUNDS_SUFFIX.matcher(ItemList.words(name)).replaceAll("");
    }

    /** A project's name: without a document number before it, its list number, a trailing 项目 or 。. */
    static Value<String> name(Prose prose, int start, int end) {
        String text = Chars.trimPunctuation(Chars.canonical(prose.raw(start, end)), "。.:：,，;；、 ");
        Matcher number = DOCUMENT_NUMBER.matcher(text);
        if (number.find()) {
            text = text.substring(number.end());
        }
        Matcher ordinal = ORDINAL.matcher(text);
        if (ordinal.lookingAt()) {
            text = text.substring(ordinal.end()); // 二是部门业务费: the sentence's count, not the name
        }
        String folded = Folding.fold(text);
        String bare = PROJECT_SUFFIX.matcher(folded).replaceAll("");
        if (bare.length() < 2) {
            return null;
        }
        if (bare.length() < folded.length()) {
            text = text.substring(0, bare.length());
        }
        return prose.valueAt(text, start, end);
    }
}
