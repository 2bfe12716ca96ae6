package org.jixiao.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit and the project a report's title names, around its year: 保山市卫生健康委员会2022年度项目绩效自评报告
 * (春节慰问经费项目), 2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告, 优抚对象生活补助经费转移支付2023年度绩效自评报告,
 * 青川县司法局关于2021年度政法纪检监察转移支付资金绩效的自评报告. A part is a unit where it ends as units' names end
 * (局, 委员会, 中心, 镇 …), a project where it ends as projects do (资金, 经费, 项目 …); words that only say what the
 * report is (部门整体支出, 项目支出, 绩效自评报告) are neither.
 */
final class TitleParts {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern FUNDS_OFFICE = Pattern.compile(".*(?:资金|经费|补助|项目).*(?:局|会|中心)$");
    private static final Pattern MANAGEMENT_OFFICE = Pattern.compile("^.{0,12}(?:项目管理|资金管理|经费管理).*");
    private static final Pattern PROJECT_SUFFIX = Pattern.compile(
            "(?:绩效目标)?(?:实施|完成|执行)?情况(?:开展|进行)?$|(?:项目支出|项目)$");

    /** What follows the names in a title: the kind of report. */
    private static final Pattern GENRE = Pattern.compile(
            "(?:的)?(?:部门\\(单位\\)|部门|单位)?(?:预算)?(?:整体支出|整体|项目支出|财政支出|支出|项目)?(?:及项目支出)?"
                    + "(?:绩效(?:目标)?(?:自评|自我评价|评价|完成情况)+|自评)(?:的)?(?:总结)?(?:报告|表|结果|情况|综述|工作)*.*$"
                    + "|(?:部门|单位)?决算(?:公开)?(?:说明|报告|情况)?.*$|(?:资金)?(?:管理)?使用情况.*$", Pattern.DOTALL);
    private static final Pattern LEADING = Pattern.compile(
            "^(?:\\d{1,2}[、.]\\s*|附件\\d*[:：]?\\s*|第[一二三四五六七八九十]+部分\\s*|(?:标题|概述|名称|主题)[:：]\\s*)?"
                    + "(?:关于)?(?:上报|报送)?");
    private static final Pattern TRAILING_NOISE = Pattern.compile("(?:关于|的|\\(汇总\\)|（汇总）|\\s)+$");
    private static final Pattern PROJECT_END = Pattern.compile("(?:资金|经费|项目|专项|工程|补助|补贴|费|金|计划|行动|建设|服务|改造|工作)$");
    /** Project names that say only that a report is about a project or a fund. */
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:项目|项目资金|专项资金|资金|项目支出|部门预算项目|财政|财政资金|财政支出|转移支付|转移支付资金|专项|预算|中央|"
                    + "中央转移支付|中央、?市级转移支付资金|中央对地方转移支付|衔接资金|衔接资金项目|部门预算|本级|\\d+个?项目|"
                    + "(?:预算)?绩效(?:管理)?(?:重点)?|重点)$");
    /** How an office's name ends: the words no place or facility name ends with. */
    private static final Pattern OFFICE_END = Pattern.compile("(?:局|委员会|中心|办公室|人民政府|政府|院|馆|所|厅|署)$");
    /** Works done to a facility: after 某垃圾转运站 they make it a project's name. */
    private static final Pattern WORKS = Pattern.compile("(?:提升|改造|建设|新建|维修|修缮|购置|采购|运维|运行|扩建|改建|整治|提质)");
    private static final Pattern PLACE = Pattern.compile("^.{0,10}(?:省|市|县|区|旗|州|盟|镇|乡|街道|自治区|自治州|自治县)$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*年(?:度)?");

    /** What a title names, each with where it stands. */
    record Parts(Value<String> unit, Value<String> project) {
    }

    private TitleParts() {
    }

    /**
     * The brackets that close a title, as {open, close}: the name they hold may hold brackets of its own
     * ((2022年公共图书馆文化馆(站)免费开放市级补助经费)). Null where the title does not end in a bracket or the name
     * is not 2 to 60 characters long.
     */
    private static int[] trailingBracket(String title) {
        int close = title.length() - 1;
        while (close >= 0 && Character.isWhitespace(title.charAt(close))) {
            close--;
        }
        if (close < 0 || title.charAt(close) != ')' && title.charAt(close) != '）') {
            return null;
        }
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = title.charAt(i);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                depth--;
                if (depth == 0) {
                    int length = close - i - 1;
                    return length >= 2 && length <= 60 ? new int[] {i, close} : null;
                }
            }
        }
        return null;
    }

    static Parts of(SourceText source, int start, int end) {
        String folded = source.folded();
        Value<String> project = null;
        // a name in brackets after the title: (春节慰问经费项目), (2021年城乡临时救助备用金)
        int bodyEnd = end;
        int[] bracket = trailingBracket(folded.substring(start, end));
        if (bracket != null) {
            bodyEnd = start + bracket[0];
            int s = start + bracket[0] + 1;
            int e = start + bracket[1];
            Matcher year = YEAR.matcher(folded.substring(s, e));
            if (year.lookingAt()) {
                s += year.end();
            }
            project = projectName(source, s, e);
        }
        // the title without the genre words at its end
        String body = folded.substring(start, bodyEnd);
        Matcher genre = GENRE.matcher(body);
        int genreAt = genre.find() ? genre.start() : body.length();
        int bodyStart = start;
        Matcher leading = LEADING.matcher(body);
        if (leading.lookingAt()) {
            bodyStart = start + leading.end();
        }
        int nameEnd = start + genreAt;
        Value<String> unit = null;
        Matcher year = YEAR.matcher(folded);
        year.region(bodyStart, nameEnd);
        if (year.find()) {
            Value<String>[] before = split(source, bodyStart, year.start());
            Value<String>[] after = split(source, year.end(), nameEnd);
            unit = before[0] != null ? before[0] : after[0];
            if (project == null) {
                project = before[1] != null ? before[1] : after[1];
            }
        } else {
            Value<String>[] parts = split(source, bodyStart, nameEnd);
            unit = parts[0];
            if (project == null) {
                project = parts[1];
            }
        }
        return new Parts(unit, project);
    }

    /** {unit, project} of a stretch of title: a unit's name, then what it spent on; either may be missing. */
    @SuppressWarnings("unchecked")
    private static Value<String>[] split(SourceText source, int start, int end) {
        String folded = source.folded();
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(folded.charAt(s)) || "“\"《:：,，".indexOf(folded.charAt(s)) >= 0)) {
            s++;
        }
        String text = folded.substring(s, e);
        Matcher noise = TRAILING_NOISE.matcher(text);
        if (noise.find()) {
            e = s + noise.start();
            text = folded.substring(s, e);
        }
        while (e > s && "”\"》".indexOf(folded.charAt(e - 1)) >= 0) {
            e--;
        }
        text = folded.substring(s, e);
        if (text.isBlank()) {
            return new Value[] {null, null};
        }
        // the shortest beginning that ends in an office's word (局, 委员会, 中心 …) with a project after it, else the
        // longest that ends as any unit's name does (镜湖区残联, 同德镇); a facility with works after it
        // (某某垃圾转运站提升改造) is a project's name, not a unit and its project
        int chosen = -1;
        for (int cut = 2; cut < text.length(); cut++) {
            String head = ReportHead.compact(text.substring(0, cut));
            String rest = text.substring(cut);
            if (OFFICE_END.matcher(head).find() && isUnitName(head) && !PROJECT_END.matcher(head).find()
                    && PROJECT_END.matcher(rest).find() && !WORKS.matcher(rest).lookingAt()) {
                chosen = cut;
                break;
            }
        }
        for (int cut = text.length(); chosen < 0 && cut >= 2; cut--) {
            String head = ReportHead.compact(text.substring(0, cut));
            if (head.length() >= 2 && ReportHead.UNIT_END.matcher(head).find() && !PROJECT_END.matcher(head).find()
                    && !head.endsWith("费") && isUnitName(head) && !countryside(text, cut)
                    && (cut == text.length() || !WORKS.matcher(text.substring(cut)).lookingAt())) {
                chosen = cut;
            }
        }
        if (chosen > 0) {
            Value<String> unit = Value.of(clean(source, s, s + chosen), s, s + chosen);
            Value<String> project = chosen < text.length() ? projectName(source, s + chosen, e) : null;
            return new Value[] {unit, project};
        }
        return new Value[] {null, projectName(source, s, e)};
    }

    /** A 乡 that opens 乡村 (…衔接推进乡村振兴…) is the countryside, not a township ending a unit's name. */
    private static boolean countryside(String text, int cut) {
        return cut < text.length() && text.charAt(cut - 1) == '乡' && text.charAt(cut) == '村';
    }

    /** A unit's name is a place and an office, not a clause: 县司法局, 镜湖区残联, 南县就业服务中心. */
    private static boolean isUnitName(String name) {
        if (CLAUSE.matcher(name).find()) {
            return false; // a clause, not a name: …人民政府开展并完成了本部
        }
        return name.length() <= 30 && !name.contains("和项目") && !FUNDS_OFFICE.matcher(name).matches()
                || MANAGEMENT_OFFICE.matcher(name).matches();
    }

    /** The verb a sentence's title ends in: …资金项目进行了绩效自评. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?:进行了?|开展了?|实施了?)$");

    /** A verb that begins a clause, or its 了: no project's name is one. */
    private static final Pattern VERB_CLAUSE = Pattern.compile("^(?:开展|进行|完成|组织|按照|根据)|了$");

    /** Words of a clause that no unit's name holds. */
    private static final Pattern CLAUSE = Pattern.compile("开展|完成了|进行|根据|按照|涉及|本部门|我单位|我局|的|现将|关于|已经");

    /** A project's name without a trailing 项目 (as spec'd) and without what only says it is a project. */
    static Value<String> projectName(SourceText source, int start, int end) {
        String text = ReportHead.compact(source.folded().substring(start, end));
        if (text.isEmpty()) {
            return null;
        }
        String name = clean(source, start, end);
        String folded = Folding.fold(name);
        int lead = folded.startsWith("关于") ? 2 : 0;
        String bare = PROJECT_SUFFIX.matcher(CLAUSE_END.matcher(folded.substring(lead)).replaceAll("")).replaceAll("");
        if (bare.length() < 3 || GENERIC.matcher(folded).matches() || GENERIC.matcher(bare).matches()
                || PLACE.matcher(bare).matches() || bare.contains("**")) {
            return null; // a place (**河县) or a masked name says no project
        }
        if (VERB_CLAUSE.matcher(bare).find()) {
            return null; // a clause's verb, no name: …，开展了绩效评价工作
        }
        return Value.of(name.substring(lead, lead + bare.length()), start, end);
    }

    /** A text of the source between the offsets as written, its closing 。 kept: a goal, a reason, a conclusion. */
    static String text(SourceText source, int start, int end) {
        return Chars.trimPunctuation(Chars.canonical(source.original(start, end)), ":：,，;；“”\" ");
    }

    /** The source's wording between the offsets, without whitespace next to Chinese and without edge punctuation. */
    static String clean(SourceText source, int start, int end) {
        return Chars.trimPunctuation(Chars.canonical(source.original(start, end)), ":：,，。;；“”\"《》 ");
    }
}
