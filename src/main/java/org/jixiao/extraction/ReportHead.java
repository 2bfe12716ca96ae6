package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Kind;

/**
 * Where a published report begins and what its head says: the title (after a web page's navigation and its 来源,
 * 浏览量, 索引号 lines, or inside a 部门决算 publication at its 绩效 part), the year, the unit, and whether it
 * evaluates the department as a whole or projects. Reads the folded text ({@link Folding}), so that 整體支出績效
 * and （2023年度） are read as their simplified, half-width selves.
 */
final class ReportHead {

    /** A title: what names a self-evaluation (绩效自评, 绩效评价, 自评表, 自评报告 …), not too long for a title. */
    private static final Pattern TITLE = Pattern.compile(
            "绩效(?:自评|自我评价|评价|目标自评|目标完成情况)(?!材料)|自评(?:报告|表|结果|情况|总结)|自我评价报告|绩效报告"
                    + "|(?:部门|单位)决算|决算(?:公开|说明|报告)|关于.{0,40}资金.{0,4}管理使用情况");
    /** Lines a web page puts around a report: they name the publisher, never the report's facts. */
    private static final Pattern CHROME = Pattern.compile(
            "^(?:[\\[【]?\\s*(?:索引号|发布机构|发文机关|发布日期|发布时间|成文日期|生成日期|信息来源|来源|浏览(?:次数|量)?|点击(?:数|率)?"
                    + "|阅读(?:次数)?|访问量|字号|字体|分享(?:到)?|打印|关闭|主题(?:分类|词)?|体裁分类|公开(?:目录|方式|时限|范围)"
                    + "|文号|发文字号|有效性|是否有效|关键字|当前位置|您(?:当前)?(?:所在)?的?位置|首页|作者|责任部门|标\\s*题|名\\s*称"
                    + "|信息提供日期)\\s*[\\]】]?)");
    private static final Pattern PUBLISHER = Pattern.compile(
            "(?:发布机构|发文机关|信息来源|来源|责任部门|作者)\\s*[\\]】]?\\s*[:：]?\\s*([\\p{IsHan}()（）]{3,30}?)(?=\\s|$|发布|时间|日期|作者|浏览|【|\\|)");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\(?[一二三四五六七八九十]+\\)|\\d{1,2}[.、](?!\\d)|第[一二三四五六七八九十]+部分)");
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    private static final Pattern YEAR_PLAIN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    /** A form's own title on a line of its own: 2022年度项目支出绩效自评表. */
    private static final Pattern FORM_TITLE_YEAR = Pattern.compile(
            "(?m)^[ \\t]*((?:19|20)\\d{2})[ \\t]*年度[^\\n]{0,24}?(?:绩效自评表|绩效自评报告|绩效评价表|绩效评价报告)[ \\t]*$");
    private static final Pattern YEAR_LABEL = Pattern.compile("(?:年度|评价年度|所属年度)\\s*[:：]\\s*((?:19|20)\\d{2})");
    private static final Pattern DEPARTMENT_WORDS = Pattern.compile("整体|部门\\(单位\\)整体|单位整体|部门整体|部门绩效|单位绩效");
    private static final Pattern PROJECT_WORDS = Pattern.compile("项目|专项|资金|经费|转移支付|补助|补贴|工程|自评表");
    /** A 部门决算 publication: its 绩效 part starts at a heading or table naming the self-evaluation. */
    private static final Pattern FINAL_ACCOUNTS = Pattern.compile("决算");
    /** How a unit's name ends. */
    static final Pattern UNIT_END = Pattern.compile(
            "(?:局|委员会|委|联合会|妇联|残联|工商联|文联|侨联|社联|科协|总工会|工会|商会|红十字会|院|中心|办公室|办|馆|所|站|队|部|处|厅|署"
                    + "|合作社|报社|联社|团委|学校|中学|小学|大学|学院|幼儿园|政府|镇|(?<!城)乡|街道|街道办事处|监狱|法院|检察院|公司|协会|学会"
                    + "|研究会|集团)$");
    private static final Pattern UNIT_IN_TEXT = Pattern.compile(
            "[\\p{IsHan}()]{2,30}?(?:局|委员会|联合会|院|中心|办公室|馆|所|站|队|厅|署|人民政府|镇人民政府|街道办事处|合作社|监狱)");

    // the tests on lines, compiled once: String.matches and replaceAll compile theirs at each call
    private static final Pattern BRACKETED_LINE = Pattern.compile("^[(（][^()（）]{2,40}[)）]$");
    private static final Pattern TITLE_END = Pattern.compile(".*(?:报告|表|评价|情况|结果|总结|综述|决算|说明|\\)|）)$");
    private static final Pattern CLAUSE_MARK = Pattern.compile(".*[。,，;；:：].*");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\(?[0-9]+[.、)]|附件).*");
    private static final Pattern FIGURES_LINE = Pattern.compile("^[-\\d\\s./]*$");
    private static final Pattern PERFORMANCE_HEADING = Pattern.compile(
            "(?m)^\\s*(?:[一二三四五六七八九十]+、|\\(?[一二三四五六七八九十]+\\)|第[一二三四五六七八九十]+部分)?"
                    + "[^\\n。]{0,20}(?:绩效自评|绩效评价|整体支出绩效|项目支出绩效)[^\\n。]{0,30}$");
    private static final Pattern PUBLISHER_LABEL = Pattern.compile("^[\\[【•·*\\-]*(?:发布机构|发文机关)[\\]】:：]*$");
    private static final Pattern BULLETS = Pattern.compile("^[•·*\\-]+");

    /** What the head says. */
    record Head(int start, int titleStart, int titleEnd, Value<Integer> year, Value<String> unit, Kind kind,
            String title, Value<String> publisher, List<int[]> titles) {

        /**
         * Where the report's own text begins: at the head, unless what was taken for the title is a numbered heading
         * (四、资金绩效评价结果, 二、绩效目标完成情况分析), which the report's beginning stands before.
         */
        int reportStart() {
            return Numbering.at(title, 0, new int[1]) != null ? 0 : start;
        }
    }

    private ReportHead() {
    }

    static Head read(SourceText source) {
        String folded = source.folded();
        List<int[]> lines = lines(source);
        List<int[]> titles = titles(folded, lines, 3);
        int[] title = titles.isEmpty() ? null : titles.get(0); // the first of up to three is the first of one
        int titleStart = title == null ? 0 : title[0];
        int titleEnd = title == null ? 0 : title[1];
        String titleText = title == null ? "" : compact(folded.substring(titleStart, titleEnd));
        Value<String> publisher = publisher(source, lines, titleStart);
        int start = titleStart;
        if (FINAL_ACCOUNTS.matcher(titleText).find() && !TITLE.matcher(titleText).find()) {
            int part = performancePart(folded, titleEnd);
            if (part >= 0) {
                start = part;
            }
        }
        // (the parts first: they are looked for before the title only, the appendix through the whole text)
        if (start > 0 && partsBefore(folded, titleStart) && Appendix.cut(source.text()).length() <= titleStart) {
            start = 0; // a report without a title, its form attached after it (附件1 | …项目绩效目标自评表)
        }
        Value<Integer> year = year(source, titleStart, titleEnd, start);
        Kind kind = title == null ? untitled(folded) : kind(titleText, folded.substring(start, Math.min(folded.length(), start + 3000)));
        return new Head(start, titleStart, titleEnd, year, null, kind, titleText, publisher, titles);
    }

    /** Whether a report's parts (一、…, 二、…) stand before the position, at the beginnings of lines. */
    private static boolean partsBefore(String folded, int end) {
        return PART_ONE.matcher(folded).region(0, end).find() && PART_TWO.matcher(folded).region(0, end).find();
    }

    private static final Pattern PART_ONE = Pattern.compile("(?m)^\\s*一、");
    private static final Pattern PART_TWO = Pattern.compile("(?m)^\\s*二、");

    /** The lines as {start, end} offsets. */
    static List<int[]> lines(SourceText source) {
        List<int[]> lines = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            lines.add(new int[] {source.lineStart(line), source.lineEnd(line)});
        }
        return lines;
    }

    /**
     * Up to {@code most} titles: a title is a line that names a self-evaluation and reads as a title (short, not a
     * sentence, not a web page's chrome), widened by the short lines right above and below it that continue it (a
     * unit's name, a year, the end 绩效自评报告 on a line of its own); the first first: a page repeats its title, and a
     * later one may name what the first
     * leaves out (隆尧县市场监督管理局…项目资金绩效自评报告, then …食品药品项目资金绩效自评报告).
     */
    static List<int[]> titles(String folded, List<int[]> lines, int most) {
        List<int[]> titles = new ArrayList<>();
        int firstLine = -1;
        for (int i = 0; i < lines.size() && i < 400 && titles.size() < most; i++) {
            if (firstLine >= 0 && i > firstLine + 60) {
                break;
            }
            int[] found = titleAt(folded, lines, i);
            if (found != null) {
                titles.add(found);
                firstLine = firstLine < 0 ? i : firstLine;
            }
        }
        return titles;
    }

    private static int[] titleAt(String folded, List<int[]> lines, int i) {
        int[] line = lines.get(i);
        String text = compact(folded.substring(line[0], line[1]));
        Matcher m = TITLE.matcher(text);
        if (!m.find() || CHROME.matcher(text).find() || isNavigation(text) || COVER_FIELD.matcher(text).find()
                || SITE_WORDS.matcher(text).find() && text.length() <= 90 || ATTACHMENT_LIST.matcher(text).lookingAt()) {
            return null;
        }
        if (text.length() > 90) {
            return sentenceAround(folded, line); // a page on one line
        }
        if (HEADING.matcher(text).find()) {
            return null; // a section's heading (二、项目资金使用情况)
        }
        if (text.length() <= m.end() - m.start() + 2 || GENERIC_HEAD.matcher(text.substring(0, m.start())).matches()
                && text.length() <= m.end() + 4) {
            // the genre's words alone: a page's category, or the last line of a title whose year and name stand on
            // the line above (2018年某市某项目 | 专项资金绩效自评价报告)
            int above = i - 1;
            while (above >= 0 && above >= i - 3 && compact(folded.substring(lines.get(above)[0], lines.get(above)[1])).isEmpty()) {
                above--;
            }
            if (above >= 0 && above >= i - 3 && continues(folded, lines.get(above))
                    && YEAR_IN_TITLE.matcher(folded.substring(lines.get(above)[0], lines.get(above)[1])).find()) {
                return new int[] {lines.get(above)[0], line[1]};
            }
            return null;
        }
        int stop = text.indexOf('。');
        if (stop > m.end() && !text.startsWith("根据") && !text.startsWith("为")
                && text.lastIndexOf('《', m.start()) <= text.lastIndexOf('》', m.start())) {
            return sentenceAround(folded, line); // a title run into the text after it
        }
        if (text.contains("。") || text.startsWith("根据") || text.startsWith("为")) {
            return null; // a sentence is no title
        }
        int start = line[0];
        int end = line[1];
        // a title broken over lines: the unit or year above, the end below, a name in brackets under it
        if (i > 0 && continues(folded, lines.get(i - 1)) && !TITLE.matcher(compact(folded.substring(
                lines.get(i - 1)[0], lines.get(i - 1)[1]))).find()) {
            start = lines.get(i - 1)[0];
            if (i > 1 && continues(folded, lines.get(i - 2))) {
                start = lines.get(i - 2)[0];
            }
        }
        int next = i + 1;
        while (next < lines.size() && next <= i + 2 && compact(folded.substring(lines.get(next)[0], lines.get(next)[1])).isEmpty()) {
            next++;
        }
        if (next < lines.size()) {
            String below = compact(folded.substring(lines.get(next)[0], lines.get(next)[1]));
            boolean bracketed = BRACKETED_LINE.matcher(below).matches();
            if (bracketed || !TITLE_END.matcher(text).matches() && continues(folded, lines.get(next))) {
                end = lines.get(next)[1];
            }
        }
        return new int[] {start, end};
    }

    /** A web page's navigation: a breadcrumb (首页 > …) or a bulleted list of its fields (• 发布机构). */
    private static boolean isNavigation(String text) {
        return text.startsWith("•") || text.startsWith("·") || text.contains(">") || text.contains("»")
                || text.contains("＞");
    }

    /** A short line of a title: no sentence punctuation, no chrome, no heading number. */
    private static boolean continues(String folded, int[] line) {
        String text = compact(folded.substring(line[0], line[1]));
        return !text.isEmpty() && text.length() <= 30 && !CLAUSE_MARK.matcher(text).matches() && !isNavigation(text)
                && !text.equals("目录") && !HEADING.matcher(text).find()
                && !CHROME.matcher(text).find() && !NUMBERED_LINE.matcher(text).matches()
                && !FIGURES_LINE.matcher(text).matches() && !SITE_WORDS.matcher(text).find() && !Unfilled.is(text);
    }

    /** A report's list of what is attached (附件:1.…自评表 2.…得分表): the forms' titles stand below it. */
    private static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\d?[:：]\\s*\\d[.、]");

    /** A site's banner (欢迎来到…人民政府…专题频道): it names the site, never the report. */
    private static final Pattern SITE_WORDS = Pattern.compile("欢迎(?:来到|访问|您)|频道|专栏|门户网站");

    /**
     * The title inside a long line or a sentence, around the first name of a self-evaluation in the line that is not
     * a document it cites (《…》): the words before it back to a clause's start, and after it to a clause's end.
     */
    private static int[] sentenceAround(String folded, int[] line) {
        String text = folded.substring(line[0], line[1]);
        Matcher m = TITLE.matcher(text);
        int matchStart = -1;
        int matchEnd = -1;
        while (m.find()) {
            if (text.lastIndexOf('《', m.start()) <= text.lastIndexOf('》', m.start())) {
                matchStart = m.start(); // the first not inside a cited document's 《…》
                matchEnd = m.end();
                break;
            }
        }
        if (matchStart < 0) {
            return null;
        }
        int start = matchStart;
        while (start > 0 && start > matchStart - 50 && "。:：;；!?,，》".indexOf(text.charAt(start - 1)) < 0
                && !(Character.isWhitespace(text.charAt(start - 1)) && start - 1 > 0
                        && !Character.isLetterOrDigit(text.charAt(start - 2)) && text.charAt(start - 2) != '年')) {
            start--;
        }
        // a title inside a sentence begins after the verb that introduces it: …对2021年专项工作经费…, 现将2022年…
        Matcher verb = INTRODUCING.matcher(text);
        verb.region(start, matchStart);
        while (verb.find()) {
            start = verb.end();
        }
        if (BARE_VERB.matcher(text.substring(start, matchStart)).matches()) {
            return null; // …，开展了绩效评价工作: a clause of the text, not a title naming what was evaluated
        }
        int end = matchEnd;
        while (end < text.length() && end < matchEnd + 12 && "。:：;；,，(（ 　".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new int[] {line[0] + start, line[0] + end};
    }

    /** The unit's whole budget, no project named: 预算资金绩效自评, 部门预算绩效自评. */
    private static final Pattern WHOLE_BUDGET = Pattern.compile("(?:年度|年)(?:部门)?预算(?:资金)?绩效");
    /** A department's form as the text's first table: 部门整体绩效目标自评表, 部门整体支出绩效自评表. */
    private static final Pattern DEPARTMENT_FORM = Pattern.compile("^\\s*(?:\\d{4}年度?)?部门(?:\\(单位\\))?整体(?:支出)?绩效(?:目标)?自评表", Pattern.MULTILINE);

    /** A cover page's field (评价方式：部门(单位)绩效自评): how the evaluation was made, not what it is of. */
    private static final Pattern COVER_FIELD = Pattern.compile("^(?:评价方式|评价类型|评价机构|评价方法|评价组织方式|自评方式)[:：]");

    /** Nothing but a verb before the genre's words. */
    private static final Pattern BARE_VERB = Pattern.compile("^\\s*(?:开展|进行|完成|组织|组织开展|认真开展)?了?\\s*$");

    /** Words before the genre that name no unit, project or year: 专项资金绩效自评价报告 is a kind of report, no title. */
    private static final Pattern GENERIC_HEAD = Pattern.compile("^(?:专项资金|项目支出|项目|部门整体支出|整体支出|财政支出)$");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?:19|20)\\d{2}\\s*年");

    private static final Pattern INTRODUCING = Pattern.compile(
            "(?:对|将|关于|就|开展了?|完成了?|现将)(?=(?:19|20)\\d{2}\\s*年)");

    /** Where the performance part of a 部门决算 publication begins: its first heading naming a self-evaluation. */
    private static int performancePart(String folded, int from) {
        Matcher m = PERFORMANCE_HEADING.matcher(folded);
        return m.find(from) ? m.start() : -1;
    }

    private static Value<Integer> year(SourceText source, int titleStart, int titleEnd, int start) {
        String folded = source.folded();
        Value<Integer> year = firstYear(folded, YEAR_OF_REPORT, titleStart, titleEnd);
        int head = Math.min(folded.length(), start + 1500);
        if (year == null) {
            // a page titled 隆阳区2021年中央…资金绩效自评 over its form's 2022年度项目支出绩效自评表: the year in the
            // page's title belongs to the fund's name, the form's 年度 is the year evaluated
            year = firstYear(folded, FORM_TITLE_YEAR, titleEnd, head);
        }
        if (year == null) {
            year = firstYear(folded, YEAR_PLAIN, titleStart, titleEnd);
        }
        if (year == null) {
            year = firstYear(folded, YEAR_OF_REPORT, start, head);
        }
        if (year == null) {
            year = firstYear(folded, YEAR_LABEL, 0, head);
        }
        if (year == null) {
            year = firstYear(folded, YEAR_OF_REPORT, 0, folded.length());
        }
        if (year == null) {
            // no 年度 anywhere: the first year the text's opening speaks of (2023年共下达…, 于2020年初…), not a date
            year = firstYear(folded, YEAR_PLAIN, start, Math.min(folded.length(), start + 3000));
        }
        return year;
    }

    private static Value<Integer> firstYear(String folded, Pattern pattern, int from, int to) {
        Matcher m = pattern.matcher(folded);
        m.region(from, to);
        while (m.find()) {
            if (isChromeLine(folded, m.start()) || pattern == YEAR_PLAIN && inTitleOfAnother(folded, m.start())) {
                continue;
            }
            return Value.of(Integer.valueOf(m.group(1)), m.start(1), m.end(1));
        }
        return null;
    }

    /** Whether a year stands in another document's title (《…关于2025年…的通知》), which dates that document. */
    private static boolean inTitleOfAnother(String folded, int at) {
        int open = folded.lastIndexOf('《', at);
        return open >= 0 && at - open < 120 && folded.lastIndexOf('》', at) < open;
    }

    private static boolean isChromeLine(String folded, int at) {
        int lineStart = at == 0 ? 0 : folded.lastIndexOf('\n', at - 1) + 1;
        String before = folded.substring(lineStart, at);
        return before.contains("发布") || before.contains("日期") || before.contains("时间") || before.contains("填报");
    }

    /** DEPARTMENT_OVERALL where the title names the whole department, PROJECT where it names a project or fund. */
    private static Kind kind(String title, String opening) {
        String t = title.replace("部门整体支出及项目支出", "部门整体支出");
        if (DEPARTMENT_WORDS.matcher(t).find() || FINAL_ACCOUNTS.matcher(t).find()) {
            return Kind.DEPARTMENT_OVERALL;
        }
        // a page titled 某委员会2021年度预算资金绩效自评公开 is of the unit's whole budget where its form says so
        if (WHOLE_BUDGET.matcher(t).find() && DEPARTMENT_FORM.matcher(opening).find()) {
            return Kind.DEPARTMENT_OVERALL;
        }
        if (PROJECT_WORDS.matcher(t).find()) {
            return Kind.PROJECT;
        }
        if (opening.contains("项目名称") || opening.contains("项目全年预算") || opening.contains("项目资金")) {
            return Kind.PROJECT;
        }
        return Kind.DEPARTMENT_OVERALL;
    }

    /** A text without a title (an excerpt begun inside a form): the department's where it says 整体, else a project's. */
    private static Kind untitled(String folded) {
        if (folded.contains("绩效目标分解下达")) {
            return Kind.PROJECT; // the outline of a transfer payment's self-evaluation: 一、绩效目标分解下达情况
        }
        if (DEPARTMENT_WORDS.matcher(folded).find() || FINAL_ACCOUNTS.matcher(folded).find()) {
            return Kind.DEPARTMENT_OVERALL;
        }
        return folded.contains("项目") || folded.contains("指标") || folded.contains("转移支付") ? Kind.PROJECT
                : Kind.DEPARTMENT_OVERALL;
    }

    /** The publisher a web page names (发布机构, 来源), which is the unit where the report names none. */
    private static Value<String> publisher(SourceText source, List<int[]> lines, int titleStart) {
        String folded = source.folded();
        for (int[] line : lines) {
            if (line[0] > titleStart + 400) {
                break;
            }
            String text = folded.substring(line[0], line[1]);
            Matcher m = PUBLISHER.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (UNIT_END.matcher(name).find()) {
                    return Value.of(source.original(line[0] + m.start(1), line[0] + m.end(1)).strip(),
                            line[0] + m.start(1), line[0] + m.end(1));
                }
            }
            // 发布机构 on a line of its own, the name on the next
            String compact = compact(text);
            if (PUBLISHER_LABEL.matcher(compact).matches()) {
                int index = lines.indexOf(line);
                for (int n = index + 1; n < Math.min(lines.size(), index + 3); n++) {
                    String next = BULLETS.matcher(compact(folded.substring(lines.get(n)[0], lines.get(n)[1])))
                            .replaceAll("");
                    if (UNIT_END.matcher(next).find() && next.length() <= 30) {
                        int s = folded.indexOf(next.substring(0, 1), lines.get(n)[0]);
                        return Value.of(next, s, lines.get(n)[1]);
                    }
                }
            }
        }
        return null;
    }

    /** The text without whitespace. */
    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
