package org.jixiao.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.document.Comparison;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;

/**
 * The content of one library entry, as a version keeps it and as the JSON and XLSX files carry it.
 *
 * @param code           stable code (DA-001); null for an entry not yet stored, which is then given one
 * @param kind           kind of work
 * @param level1         一级指标
 * @param level2         二级指标, fitting level1
 * @param name           三级指标
 * @param definition     what is counted or measured
 * @param formula        how the value is computed; null for a plain count
 * @param unit           unit of target and actual; null only for a qualitative indicator
 * @param comparator     direction: more is better (≥), less is better (≤), an exact standard (=), qualitative
 * @param targetBasis    how the target value is set
 * @param exampleTargets targets as a report would write them
 * @param generic        fits any task (服务对象满意度, 预算执行率): recognised and ranked last, not recommended
 * @param keywords       words that find the entry for a key task
 * @param aliases        other names the same indicator is written under
 */
public record LibraryIndicator(String code, WorkKind kind, IndicatorCategory level1, IndicatorSubcategory level2,
        String name, String definition, String formula, String unit, Comparison comparator, TargetBasis targetBasis,
        List<String> exampleTargets, boolean generic, List<String> keywords, List<String> aliases) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,4}-[0-9]{3,5}");

    public LibraryIndicator {
        code = blankToNull(code);
        name = blankToNull(name);
        definition = blankToNull(definition);
        formula = blankToNull(formula);
        unit = blankToNull(unit);
        exampleTargets = clean(exampleTargets);
        keywords = clean(keywords);
        aliases = clean(aliases);
    }

    /** The same content under another code. */
    public LibraryIndicator withCode(String newCode) {
        return new LibraryIndicator(newCode, kind, level1, level2, name, definition, formula, unit, comparator,
                targetBasis, exampleTargets, generic, keywords, aliases);
    }

    /** Whether two versions say the same (the code aside). */
    public boolean sameContent(LibraryIndicator other) {
        return Objects.equals(withCode(null), other.withCode(null));
    }

    /** The names the indicator is known by: its own, then its aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /**
     * Refuses content that cannot be stored or cited, with one line in Chinese naming the entry and the field.
     */
    public LibraryIndicator validated() {
        // the name as it shows, without what would turn the message around it
        String which = code != null ? "指标 " + code : name != null ? "指标“" + HiddenCharacters.strip(name) + "”" : "指标";
        require(name != null, which + "：请填写三级指标名称");
        require(name.length() <= 200, which + "：名称不能超过 200 字");
        refuseHidden(which, "三级指标名称", name);
        require(kind != null, which + "：请选择工作类型");
        require(level1 != null, which + "：请选择一级指标");
        require(level2 != null, which + "：请选择二级指标");
        require(level2.fits(level1), which + "：二级指标“" + level2.label() + "”不属于一级指标“" + level1.label() + "”");
        require(definition != null, which + "：请填写指标解释");
        require(definition.length() <= 2000, which + "：指标解释不能超过 2000 字");
        require(formula == null || formula.length() <= 500, which + "：计算公式不能超过 500 字");
        require(comparator != null, which + "：请选择指标方向");
        require(targetBasis != null, which + "：请选择目标值依据");
        require(unit != null || comparator == Comparison.QUALITATIVE, which + "：定量指标请填写计量单位");
        require(unit == null || unit.length() <= 50, which + "：计量单位不能超过 50 字");
        require(code == null || CODE.matcher(code).matches(), which + "：编码应为大写字母、短横线和数字，如 DA-001");
        require(String.join("\n", exampleTargets).length() <= 2000, which + "：示例目标值过长");
        require(String.join(" ", keywords).length() <= 2000, which + "：关键词过长");
        require(String.join("\n", aliases).length() <= 2000, which + "：别名过长");
        for (String item : exampleTargets) {
            require(!item.contains("\n"), which + "：示例目标值每行一个");
        }
        for (String item : aliases) {
            require(!item.contains("\n"), which + "：别名每行一个");
            refuseHidden(which, "别名", item);
        }
        for (String keyword : keywords) {
            require(!keyword.contains(" "), which + "：关键词“" + keyword + "”中不能有空格（关键词之间用空格分开）");
        }
        return this;
    }

    /** A name with a character not seen but changing how it shows (U+202E, U+200B …) would show as another's. */
    private static void refuseHidden(String which, String field, String name) {
        String hidden = HiddenCharacters.problem(field, name);
        if (hidden != null) {
            throw new IllegalArgumentException(which + "：" + hidden);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> clean(List<String> items) {
        if (items == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String s = blankToNull(item);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }
}
