package org.jixiao.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of a table's header row, in the many wordings of the provinces' forms, each mapped to what its column
 * holds: 年度指标值, 年初目标值(A), 全年目标值 and 指标值 are all the annual target; 分值, 权重 and 指标权重(分) the
 * points. A cell is a header word as a whole, once its bracketed notes ((A), (B/A), (分), (20分*执行率)) and
 * trailing colon are dropped.
 */
final class HeaderWords {

    /** What a column of an indicator table or of a funds table holds. */
    enum Role {
        LEVEL1, LEVEL2, NAME, UNIT, NATURE, CYCLE, TARGET, ACTUAL, WEIGHT, SCORE, REASON, MET,
        INITIAL, BUDGET, EXECUTED, RATE, INDEX, OTHER_MONEY, OTHER_RATE, NOTE
    }

    private static final Map<String, Role> INDICATOR = new HashMap<>();
    private static final Map<String, Role> FUNDS = new HashMap<>();
    /** No header word with its notes is longer: longer cells are text. */
    private static final int LONGEST = 40;

    static {
        words(INDICATOR, Role.LEVEL1, "一级指标", "一级");
        words(INDICATOR, Role.LEVEL2, "二级指标", "二级");
        words(INDICATOR, Role.NAME, "三级指标", "指标名称", "三级", "具体指标", "指标内容", "绩效指标名称", "三级指标名称");
        words(INDICATOR, Role.UNIT, "计量单位", "单位", "度量单位", "指标单位");
        words(INDICATOR, Role.NATURE, "指标性质", "指标方向", "指标类型");
        words(INDICATOR, Role.CYCLE, "实施周期指标值", "实施期目标", "实施周期目标值", "全周期指标值", "中期目标值", "中期指标值",
                "实施期目标值");
        words(INDICATOR, Role.TARGET, "年度指标值", "年度目标值", "指标值", "目标值", "年初目标值", "年初指标值", "全年目标值",
                "计划值", "年度计划值", "预期指标值", "预期目标值", "绩效目标值", "年初设定目标值", "全年指标值", "年度绩效目标值",
                "年度目标", "年初设定目标", "年初目标", "全年计划数", "计划数", "年度计划数", "预期值", "目标值设定", "指标值设定");
        words(INDICATOR, Role.ACTUAL, "实际完成值", "全年实际完成值", "全年实际值", "实际值", "完成值", "全年完成值",
                "实际完成指标值", "全年完成情况", "实际完成数", "年度实际完成值", "全年实际完成", "实际达成值", "实际完成",
                "全年实际完成情况", "实际完成情况值", "完成指标值", "实现值", "全年实际完成数", "实际完成值(B)");
        words(INDICATOR, Role.WEIGHT, "分值", "权重", "指标权重", "权重分值", "标准分值", "分数", "权重分", "指标分值");
        words(INDICATOR, Role.SCORE, "得分", "指标得分", "自评得分", "评分", "实际得分", "评价得分", "自评分", "县级评分", "单位评分",
                "部门评分");
        words(INDICATOR, Role.REASON, "偏差原因分析及改进措施", "偏差原因", "未完成原因分析", "未完成原因及拟采取的改进措施",
                "原因分析", "偏差原因及改进措施", "未完成原因", "偏差原因分析", "说明", "备注", "偏差原因分析及改进措",
                "未完成原因和改进措施", "偏差及原因分析", "偏差原因分析和改进措施", "原因分析及改进措施", "未完成原因及改进措施",
                "产生差异的原因及改进措施", "差异原因及改进措施");
        words(INDICATOR, Role.MET, "是否完成", "是否达成", "是否完成目标", "是否达到目标");
        words(INDICATOR, Role.NOTE, "市级评分", "复核分", "复核得分", "得分计算方法", "计分方法", "评分标准", "评分方法", "指标说明", "评价标准",
                "指标解释", "指标说明及评分标准", "评分标准及说明", "评分细则", "评分说明");

        words(FUNDS, Role.INITIAL, "年初预算数", "年初预算", "年初预算金额", "年初预算数(万元)", "年初预算资金总额", "年初预算资金");
        words(FUNDS, Role.BUDGET, "全年预算数", "调整后预算数", "预算数", "年度预算数", "全年预算", "预算金额", "全年调整预算数",
                "全年调整后预算数", "年度预算", "全年预算金额", "全年预算资金", "预算安排数", "全年(调整)预算数", "调整预算数",
                "全年(调整)预算", "预算资金", "计划安排资金", "计划安排数", "计划投资额");
        words(FUNDS, Role.EXECUTED, "全年执行数", "执行数", "预算执行数", "实际支出", "实际执行数", "全年执行资金", "支出数",
                "决算数", "全年实际支出", "执行金额", "实际支出数", "全年执行", "实际执行", "全年支出数", "支出金额", "执行资金",
                "实际投入资金额", "实际投入资金", "实际使用情况", "实际使用资金");
        words(FUNDS, Role.RATE, "执行率", "预算执行率", "预算执行", "全年执行率", "资金执行率", "预算执行进度");
        words(FUNDS, Role.WEIGHT, "分值", "权重", "执行率权重", "执行率分值");
        words(FUNDS, Role.SCORE, "得分", "执行率得分");
        words(FUNDS, Role.INDEX, "行次");
        words(FUNDS, Role.OTHER_MONEY, "统筹整合资金数", "扣除统筹整合资金后预算金额", "全年到位资金", "到位资金", "到位数",
                "全年到位数", "资金到位数", "实际到位资金", "结余");
        words(FUNDS, Role.OTHER_RATE, "预算到位", "到位率", "资金到位率", "预算到位率");
        words(FUNDS, Role.NOTE, "佐证材料", "说明", "备注", "所需材料", "上传端口", "产生差异的原因", "差异原因");
    }

    private static void words(Map<String, Role> map, Role role, String... words) {
        for (String word : words) {
            map.put(word, role);
        }
    }

    private HeaderWords() {
    }

    /** The cell as a header word is looked up: without brackets, notes, colon and whitespace. */
    static String key(String cell) {
        if (cell.length() > LONGEST || !hasNotes(cell)) {
            return cell; // most cells: nothing to drop, or too long to be a header's word with its notes
        }
        String key = cell;
        for (int i = 0; i < 3; i++) {
            String next = withoutNotes(key);
            if (next.equals(key)) {
                break;
            }
            key = next;
        }
        return key;
    }

    /**
     * The cell without its notes: what {@code replaceAll("\\([^()]*\\)|（[^（）]*）|[:：]$|^\\d+[.、]|★", "")}
     * leaves, in one pass without a regex, since every cell of a form is looked up and most have a colon or a bracket.
     */
    static String withoutNotes(String cell) {
        int n = cell.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = cell.charAt(i);
            int end = -1;
            if (c == '(') {
                end = closing(cell, i, '(', ')');
            } else if (c == '（') {
                end = closing(cell, i, '（', '）');
            } else if (c == ':' || c == '：') {
                end = atEnd(cell, i + 1) ? i + 1 : -1;
            } else if (c == '★') {
                end = i + 1;
            } else if (i == 0 && c >= '0' && c <= '9') {
                int k = 0;
                while (k < n && cell.charAt(k) >= '0' && cell.charAt(k) <= '9') {
                    k++;
                }
                end = k < n && (cell.charAt(k) == '.' || cell.charAt(k) == '、') ? k + 1 : -1;
            }
            if (end > 0) {
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The end of the bracket opened at {@code at} where it closes before another opens, else -1. */
    private static int closing(String text, int at, char open, char close) {
        for (int k = at + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == close) {
                return k + 1;
            }
            if (c == open) {
                return -1;
            }
        }
        return -1;
    }

    /** Where {@code $} matches: the end, or before a line break that ends the text. */
    private static boolean atEnd(String text, int at) {
        int n = text.length();
        return at == n || at == n - 1 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(at)) >= 0
                || at == n - 2 && text.charAt(at) == '\r' && text.charAt(at + 1) == '\n';
    }

    private static boolean hasNotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(' || c == '（' || c == ':' || c == '：' || c == '★' || c == '.' || c == '、') {
                return true;
            }
        }
        return false;
    }

    static Role indicator(String cell) {
        return INDICATOR.get(key(cell));
    }

    static Role funds(String cell) {
        return FUNDS.get(key(cell));
    }
}
