package org.jixiao.scoring;

import java.util.List;

/**
 * Vetted indicators (an indicator library) that lint advice may cite: where an indicator of the document is one
 * of them, by name or alias, its findings name the entry, its definition, unit and how its target is set. Plain
 * data, so that the linter stays free of where the library is kept.
 */
@FunctionalInterface
public interface IndicatorCatalog {

    /** A catalog that knows no indicator: lint as without a library. */
    IndicatorCatalog NONE = name -> null;

    /**
     * The entry of that indicator name, or null.
     *
     * @param normalizedName the name as {@link IndicatorNames#normalize} gives it
     */
    Entry find(String normalizedName);

    /**
     * One vetted indicator as advice cites it.
     *
     * @param unit        recommended unit, null for a qualitative indicator
     * @param targetBasis how its target value is set, in Chinese (计划标准, 行业标准, 历史标准, 其他)
     * @param generic     whether the library itself flags it as generic
     */
    record Entry(String code, String name, String definition, String unit, String targetBasis,
            List<String> exampleTargets, boolean generic) {

        public Entry {
            exampleTargets = exampleTargets == null ? List.of() : List.copyOf(exampleTargets);
        }

        /** 参见指标库 DA-005“库房温湿度达标率”：…；计量单位 %；目标值依据：行业标准（示例：≥95%）. */
        public String citation() {
            StringBuilder text = new StringBuilder(generic ? "指标库 " + code + " 将“" + name + "”列为通用指标：" + definition
                    : "参见指标库 " + code + "“" + name + "”：" + definition);
            if (!generic) {
                if (unit != null) {
                    text.append(endsWithStop(text) ? "" : "；").append("计量单位：").append(unit);
                }
                if (targetBasis != null) {
                    text.append(endsWithStop(text) ? "" : "；").append("目标值依据：").append(targetBasis);
                    if (!exampleTargets.isEmpty()) {
                        text.append("（示例：").append(String.join("、", exampleTargets)).append("）");
                    }
                }
            }
            return text.toString();
        }

        private static boolean endsWithStop(StringBuilder text) {
            char last = text.charAt(text.length() - 1);
            return last == '。' || last == '；';
        }
    }
}
