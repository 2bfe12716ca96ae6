package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says in sentences rather than in a form's cells: the score it gives itself (自评得分为95分, 评分100分，
 * 自评为优, 项目自评分：100分, 评价等级为"优").
 */
final class ReportSentences {

    private static final Pattern SCORE = Pattern.compile(
            "(?:自评得分|自评分|自评总分|综合得分|绩效评分|评价得分|自评结果得分|评分|得分)(?:为|是|:|：)?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");
    private static final Pattern GRADE = Pattern.compile(
            "(?:自评(?:等级|结果|结论)?|评价等级|等级|绩效等级|评定)(?:为|是|:|：)\\s*[“\"「『]?(优秀|良好|合格|不合格|优|良|中|差)[”\"」』]?");

    private ReportSentences() {
    }

    static void read(SourceText source, ReportHead.Head head, StatedReport report) {
        String folded = source.folded();
        if (report.statedTotal == null) {
            Matcher m = SCORE.matcher(folded);
            m.region(head.start(), folded.length());
            while (m.find()) {
                BigDecimal total = new BigDecimal(m.group(1));
                if (total.compareTo(BigDecimal.valueOf(100)) <= 0 && !preceded(folded, m.start(), "分值", "满分", "总分值")) {
                    report.statedTotal = Value.of(total, m.start(1), m.end(1));
                    report.statedText = Value.of(sentence(source, m.start(), m.end()), m.start(), m.end());
                    break;
                }
            }
        }
        if (report.statedGrade == null) {
            Matcher m = GRADE.matcher(folded);
            m.region(head.start(), folded.length());
            if (m.find()) {
                report.statedGrade = Value.of(source.original(m.start(1), m.end(1)), m.start(1), m.end(1));
            }
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
