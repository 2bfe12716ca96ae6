package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed JSON tree against format v1 before it is bound to records, so that every error names
 * the JSON path of its field ($.keyTasks[0].indicators[2].annualTarget.value). Unknown fields are not
 * errors: they are kept.
 */
final class DocumentValidator {


    private static final int MIN_YEAR = 1990;
    /** Column sizes of the stored evaluation: names and target wording, and narrative text. */
    private static final int SHORT_TEXT = 500;
    private static final int LONG_TEXT = 100_000;
    private static final int MAX_YEAR = 2100;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999"); // NUMERIC(18,6) in 万元
    private static final BigDecimal MAX_PERCENT = new BigDecimal("100000");
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999999999"); // NUMERIC(24,6)
    private static final BigDecimal MAX_STATED_TOTAL = BigDecimal.valueOf(100);
    /** Column sizes of the stated score: the grade's word (优秀, 良好 …) and the sentence it was read from. */
    private static final int STATED_GRADE = 20;
    private static final int STATED_TEXT = 2000;

    private final List<Finding> findings = new ArrayList<>();

    private DocumentValidator() {
    }

    static List<Finding> validate(JsonNode root, String path) {
        DocumentValidator validator = new DocumentValidator();
        validator.document(root, path);
        return List.copyOf(validator.findings);
    }

    private void document(JsonNode root, String path) {
        if (root == null || !root.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "应为评价文档（JSON 对象），实为" + describe(root));
            return;
        }
        JsonNode schema = root.get("schema");
        if (absent(schema)) {
            error(FindingCode.MISSING_FIELD, path + ".schema", "缺少 schema，应为 \"" + EvaluationDocument.SCHEMA + "\"");
        } else if (!EvaluationDocument.SCHEMA.equals(schema.isString() ? schema.asString() : null)) {
            error(FindingCode.INVALID_FIELD, path + ".schema", "不支持的格式 " + schema + "，应为 \"" + EvaluationDocument.SCHEMA + "\"");
        }
        requiredEnum(root, path, "kind", Kind.class);
        JsonNode year = root.get("fiscalYear");
        if (absent(year)) {
            error(FindingCode.MISSING_FIELD, path + ".fiscalYear", "缺少年度 fiscalYear");
        } else if (!year.isIntegralNumber() || year.asInt() < MIN_YEAR || year.asInt() > MAX_YEAR) {
            error(FindingCode.INVALID_FIELD, path + ".fiscalYear", "年度应为 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间的整数，实为 " + year);
        }
        department(root.get("department"), path + ".department");
        for (String list : List.of("functions", "goals", "achievements", "problems", "measures")) {
            stringList(root.get(list), path + "." + list);
        }
        text(root.get("conclusion"), path + ".conclusion");
        funds(root.get("funds"), path + ".funds");
        array(root.get("keyTasks"), path + ".keyTasks", this::keyTask);
        JsonNode keyTasks = root.get("keyTasks");
        if (root.path("kind").isString() && "PROJECT".equals(root.get("kind").asString())
                && (keyTasks == null || !keyTasks.isArray() || keyTasks.size() != 1)) {
            error(FindingCode.INVALID_FIELD, path + ".keyTasks", "项目支出自评文档应恰有一个 keyTasks 项（项目本身），实为 "
                    + (keyTasks != null && keyTasks.isArray() ? keyTasks.size() : 0) + " 个");
        }
        JsonNode score = root.get("score");
        if (!absent(score) && !score.isObject()) {
            error(FindingCode.INVALID_FIELD, path + ".score", "score 应为对象，实为" + describe(score));
        }
        statedScore(root.get("statedScore"), path + ".statedScore");
    }

    /** 单位自评得分: a total between 0 and 100 (as stored: six decimals at most), the grade's word, the sentence. */
    private void statedScore(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "statedScore 应为对象 {total, grade, text}，实为" + describe(node));
            return;
        }
        JsonNode total = node.get("total");
        if (!absent(total)) {
            if (!total.isNumber()) {
                error(FindingCode.INVALID_FIELD, path + ".total", "单位自评得分应为数字（如 98.14），实为" + describe(total));
            } else if (precision(total, path + ".total")
                    && (total.decimalValue().signum() < 0 || total.decimalValue().compareTo(MAX_STATED_TOTAL) > 0)) {
                error(FindingCode.INVALID_FIELD, path + ".total", "单位自评得分应在 0 至 100 之间，实为 " + total.decimalValue().toPlainString());
            }
        }
        text(node.get("grade"), path + ".grade", STATED_GRADE);
        text(node.get("text"), path + ".text", STATED_TEXT);
    }

    private void department(JsonNode node, String path) {
        if (absent(node)) {
            error(FindingCode.MISSING_FIELD, path, "缺少单位 department");
            return;
        }
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "department 应为对象，实为" + describe(node));
            return;
        }
        requiredName(node, path, "name", "单位名称", 200);
        name(node.get("code"), path + ".code", 64, "单位编码");
        name(node.get("region"), path + ".region", 100, "行政区划");
        name(node.get("parent"), path + ".parent", 200, "主管部门");
    }

    private void funds(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "funds 应为对象，实为" + describe(node));
            return;
        }
        for (String field : List.of("budget", "initialBudget", "executed", "carryover")) {
            amount(node.get(field), path + "." + field);
        }
        percent(node.get("executionRate"), path + ".executionRate");
        array(node.get("bySource"), path + ".bySource", (source, at) -> {
            if (!source.isObject()) {
                error(FindingCode.INVALID_FIELD, at, "应为对象 {source, budget, executed}，实为" + describe(source));
                return;
            }
            requiredEnum(source, at, "source", FundSource.class);
            amount(source.get("budget"), at + ".budget");
            amount(source.get("executed"), at + ".executed");
        });
        JsonNode byNature = node.get("byNature");
        if (!absent(byNature)) {
            if (!byNature.isObject()) {
                error(FindingCode.INVALID_FIELD, path + ".byNature", "byNature 应为对象，实为" + describe(byNature));
            } else {
                for (String field : List.of("basic", "project", "personnel", "publicUse")) {
                    amount(byNature.get(field), path + ".byNature." + field);
                }
            }
        }
    }

    private void keyTask(JsonNode node, String path) {
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "重点工作任务应为对象，实为" + describe(node));
            return;
        }
        requiredName(node, path, "name", "任务名称", SHORT_TEXT);
        text(node.get("expectedGoal"), path + ".expectedGoal");
        text(node.get("outcome"), path + ".outcome");
        name(node.get("leader"), path + ".leader", 100, "负责人");
        amount(node.get("budget"), path + ".budget");
        amount(node.get("executed"), path + ".executed");
        percent(node.get("executionRate"), path + ".executionRate");
        array(node.get("indicators"), path + ".indicators", this::indicator);
    }

    private void indicator(JsonNode node, String path) {
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "指标应为对象，实为" + describe(node));
            return;
        }
        requiredName(node, path, "name", "三级指标名称", SHORT_TEXT);
        IndicatorCategory level1 = optionalEnum(node, path, "level1", IndicatorCategory.class);
        IndicatorSubcategory level2 = optionalEnum(node, path, "level2", IndicatorSubcategory.class);
        if (level1 != null && level2 != null && !level2.fits(level1)) {
            error(FindingCode.INVALID_FIELD, path + ".level2", "二级指标 " + level2 + "（" + level2.label() + "）不属于一级指标 "
                    + level1 + "（" + level1.label() + "）");
        }
        for (String field : List.of("levelInferred", "met")) {
            JsonNode flag = node.get(field);
            if (!absent(flag) && !flag.isBoolean()) {
                error(FindingCode.INVALID_FIELD, path + "." + field, field + " 应为 true 或 false，实为 " + flag);
            }
        }
        for (String field : List.of("cycleTarget", "annualTarget", "actual")) {
            target(node.get(field), path + "." + field);
        }
        percent(node.get("rating"), path + ".rating");
        number(node.get("score"), path + ".score");
        number(node.get("weight"), path + ".weight");
        text(node.get("deviationReason"), path + ".deviationReason");
    }

    private void target(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (node.isString()) {
            text(node, path, SHORT_TEXT);
            return;
        }
        if (!node.isObject()) {
            error(FindingCode.INVALID_FIELD, path, "指标值应为对象 {text, comparator, value, unit} 或文字，实为" + describe(node));
            return;
        }
        text(node.get("text"), path + ".text", SHORT_TEXT);
        text(node.get("unit"), path + ".unit", 50);
        JsonNode value = node.get("value");
        number(value, path + ".value");
        JsonNode comparator = node.get("comparator");
        Comparison comparison = null;
        if (!absent(comparator)) {
            try {
                comparison = comparator.isString() ? Comparison.fromSymbol(comparator.asString()) : null;
            } catch (IllegalArgumentException e) {
                comparison = null;
            }
            if (comparison == null) {
                error(FindingCode.INVALID_FIELD, path + ".comparator", "comparator 应为 >=、<=、=、>、< 或 QUALITATIVE 之一，实为 " + comparator);
                return;
            }
        } else if (absent(node.get("text"))) {
            error(FindingCode.MISSING_FIELD, path, "指标值既无文字 text 也无 comparator");
            return;
        }
        if (comparison == Comparison.QUALITATIVE && !absent(value)) {
            error(FindingCode.INVALID_FIELD, path + ".value", "定性指标（QUALITATIVE）不应有数值 value");
        } else if (comparison != null && comparison != Comparison.QUALITATIVE && absent(value)) {
            error(FindingCode.MISSING_FIELD, path + ".value", "比较符 " + comparison.symbol() + " 需要数值 value");
        }
    }

    private void array(JsonNode node, String path, BiConsumer<JsonNode, String> element) {
        if (absent(node)) {
            return;
        }
        if (!node.isArray()) {
            error(FindingCode.INVALID_FIELD, path, "应为数组，实为" + describe(node));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            element.accept(node.get(i), path + "[" + i + "]");
        }
    }

    private void stringList(JsonNode node, String path) {
        array(node, path, (item, at) -> {
            if (absent(item)) {
                error(FindingCode.INVALID_FIELD, at, "应为文字，实为空值");
            }
            text(item, at);
        });
    }

    private void text(JsonNode node, String path) {
        text(node, path, LONG_TEXT);
    }

    /** Text that fits its column and holds no control characters (PostgreSQL refuses NUL). */
    private void text(JsonNode node, String path, int maxLength) {
        if (absent(node)) {
            return;
        }
        if (!node.isString()) {
            error(FindingCode.INVALID_FIELD, path, "应为文字，实为" + describe(node));
            return;
        }
        String value = node.asString();
        if (value.length() > maxLength) {
            error(FindingCode.INVALID_FIELD, path, "文字过长：" + value.length() + " 字，最多 " + maxLength + " 字");
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            error(FindingCode.INVALID_FIELD, path, "文字含有不可见的控制字符");
        }
    }

    /** A name that must be there: not blank, within its length, nothing hidden in it. */
    private void requiredName(JsonNode parent, String path, String field, String what, int maxLength) {
        JsonNode name = parent.get(field);
        if (absent(name) || (name.isString() && name.asString().isBlank())) {
            error(FindingCode.MISSING_FIELD, path + "." + field, "缺少" + what + " " + field);
        } else {
            name(name, path + "." + field, maxLength, what);
        }
    }

    /**
     * A name as {@link #text} checks text, and without a character that is not seen but changes how it shows
     * ({@link HiddenCharacters}): a name reversed by U+202E reads as another's. Narrative text may keep them.
     */
    private void name(JsonNode node, String path, int maxLength, String what) {
        int before = findings.size();
        text(node, path, maxLength);
        if (findings.size() == before && !absent(node)) {
            String hidden = HiddenCharacters.problem(what, node.asString());
            if (hidden != null) {
                error(FindingCode.INVALID_FIELD, path, hidden);
            }
        }
    }

    private void number(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (!node.isNumber()) {
            error(FindingCode.INVALID_FIELD, path, "应为数字，实为" + describe(node));
        } else {
            precision(node, path);
        }
    }

    /** Every number is stored with six decimals: more would be lost on the way through the database. */
    private boolean precision(JsonNode node, String path) {
        BigDecimal value = node.decimalValue();
        if (Decimals.canonical(value).scale() > Money.SCALE) {
            error(FindingCode.INVALID_FIELD, path, "数值最多 6 位小数，实为 " + value.toPlainString());
            return false;
        }
        if (value.abs().compareTo(MAX_VALUE) > 0) {
            error(FindingCode.INVALID_FIELD, path, "数值过大：" + value.toPlainString());
            return false;
        }
        return true;
    }

    /** An amount in 万元: a non-negative number with at most six decimals (one 分). */
    private void amount(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (!node.isNumber()) {
            error(FindingCode.INVALID_FIELD, path, "金额应为数字（万元），实为" + describe(node));
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            error(FindingCode.INVALID_FIELD, path, "金额不应为负数：" + value.toPlainString());
        } else if (Decimals.canonical(value).scale() > Money.SCALE) {
            error(FindingCode.INVALID_FIELD, path, "金额以万元计最多 6 位小数（1 分），实为 " + value.toPlainString());
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            error(FindingCode.INVALID_FIELD, path, "金额过大：" + value.toPlainString() + " 万元");
        }
    }

    private void percent(JsonNode node, String path) {
        if (absent(node)) {
            return;
        }
        if (!node.isNumber()) {
            error(FindingCode.INVALID_FIELD, path, "百分比应为数字（100 表示 100%），实为" + describe(node));
            return;
        }
        if (!precision(node, path)) {
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0 || value.compareTo(MAX_PERCENT) > 0) {
            error(FindingCode.INVALID_FIELD, path, "百分比超出范围：" + value.toPlainString());
        }
    }

    private <E extends Enum<E>> void requiredEnum(JsonNode parent, String path, String field, Class<E> type) {
        if (absent(parent.get(field))) {
            error(FindingCode.MISSING_FIELD, path + "." + field, "缺少 " + field + "，应为 " + names(type) + " 之一");
            return;
        }
        optionalEnum(parent, path, field, type);
    }

    private <E extends Enum<E>> E optionalEnum(JsonNode parent, String path, String field, Class<E> type) {
        JsonNode node = parent.get(field);
        if (absent(node)) {
            return null;
        }
        if (node.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.asString())) {
                    return constant;
                }
            }
        }
        error(FindingCode.INVALID_FIELD, path + "." + field, field + " 应为 " + names(type) + " 之一，实为 " + node);
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String describe(JsonNode node) {
        if (absent(node)) {
            return "空值";
        }
        String shown = node.toString();
        shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        if (node.isString()) {
            return "文字 " + shown;
        }
        if (node.isNumber()) {
            return "数字 " + shown;
        }
        if (node.isArray()) {
            return "数组";
        }
        return node.isObject() ? "对象" : shown;
    }

    private void error(FindingCode code, String path, String message) {
        findings.add(Finding.at(code, Severity.ERROR, path, message, null));
    }
}
