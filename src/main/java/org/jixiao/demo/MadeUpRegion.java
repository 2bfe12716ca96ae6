package org.jixiao.demo;

import static org.jixiao.evaluation.EvaluationStatus.APPROVED;
import static org.jixiao.evaluation.EvaluationStatus.DRAFT;
import static org.jixiao.evaluation.EvaluationStatus.PUBLISHED;
import static org.jixiao.evaluation.EvaluationStatus.RETURNED;
import static org.jixiao.evaluation.EvaluationStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.review.ReviewSection;

/**
 * The made-up units of the demo region, beside the seed's unit in 广州市荔湾区: who files for each, its
 * self-evaluations (documents in {@code demo/region/}, written for the demo) and how far each has come in review.
 * Their names say they are made up (示例…（演示）), so that nobody takes them for real units. Quality differs on
 * purpose, so that scores, grades, findings, the results and the dashboard show a spread.
 */
final class MadeUpRegion {

    static final String FOLDER = "demo/region/";

    static final List<MadeUpUnit> UNITS = List.of(
            new MadeUpUnit("荔湾区示例文化馆（演示）", new Person("demo-wenhua", "示例文化馆填报人"),
                    new Person("demo-wenhua-leader", "示例文化馆非遗项目负责人"),
                    List.of(filed("wenhuaguan-2022", PUBLISHED), filed("wenhuaguan-2023", PUBLISHED),
                            filed("wenhuaguan-2024", SUBMITTED), filed("wenhuaguan-2024-feiyi", DRAFT).led())),
            new MadeUpUnit("荔湾区示例科学技术协会（演示）", new Person("demo-kexie", "示例科协填报人"), null,
                    List.of(filed("kexie-2023", PUBLISHED), filed("kexie-2024", APPROVED),
                            filed("kexie-2024-chuangxin", PUBLISHED))),
            new MadeUpUnit("荔湾区示例档案馆（演示）", new Person("demo-dangan", "示例档案馆填报人"), null,
                    List.of(filed("danganguan-2023", PUBLISHED), filed("danganguan-2023-chaxun", PUBLISHED),
                            filed("danganguan-2024", DRAFT))),
            new MadeUpUnit("荔湾区示例体育中心（演示）", new Person("demo-tiyu", "示例体育中心填报人"), null,
                    List.of(filed("tiyu-2022", PUBLISHED), filed("tiyu-2023", PUBLISHED), filed("tiyu-2024", SUBMITTED),
                            filed("tiyu-2024-weixiu", SUBMITTED))),
            new MadeUpUnit("荔湾区示例职业技能培训中心（演示）", new Person("demo-peixun", "示例培训中心填报人"), null,
                    List.of(filed("peixun-2023", PUBLISHED), filed("peixun-2024", DRAFT))),
            new MadeUpUnit("荔湾区示例残疾人联合会（演示）", new Person("demo-canlian", "示例残联填报人"), null,
                    List.of(filed("canlian-2023", PUBLISHED), new Filed("canlian-2024", RETURNED, Map.of(
                            ReviewSection.GENERAL, "自评报告总体完整，但三项未完成的指标原因分析过于简单，结论和问题写得笼统，请按以下意见修改后重新提交。",
                            ReviewSection.FUNDS, "残疾人职业技能培训执行率84.69%，残疾人精准康复服务执行率91.93%，请说明资金未执行的原因及结转安排。",
                            ReviewSection.KEY_TASKS, "“康复服务人数”“培训残疾人人数”“培训后就业人数”未完成年度目标，"
                                    + "偏差原因只写了一句，请逐项分析原因并写明改进措施；“服务对象满意度”请改为针对康复服务对象的满意度指标。",
                            ReviewSection.CONCLUSION, "自评结论请写明各项任务的完成程度和未完成的指标，不宜只写“绩效良好”。",
                            ReviewSection.PROBLEMS, "请结合未完成的指标和执行率写明具体问题，如康复服务站人员不足、培训招生困难等。",
                            ReviewSection.MEASURES, "改进措施请写明具体做法、责任科室和完成时限。"), false))));

    private MadeUpRegion() {
    }

    private static Filed filed(String name, EvaluationStatus reached) {
        return new Filed(name, reached, Map.of(), false);
    }

    /** A made-up unit: its editor, a project leader where it has one, and its evaluations, oldest first. */
    record MadeUpUnit(String name, Person editor, Person leader, List<Filed> filed) {
    }

    /**
     * One self-evaluation and the status it has reached; the reviewer's comments where it was returned; whether the
     * unit's project leader leads its (first) key task.
     */
    record Filed(String name, EvaluationStatus reached, Map<ReviewSection, String> returnedWith, boolean ledByLeader) {

        String resource() {
            return FOLDER + name + ".json";
        }

        /** The comments by section key, in the order of the report's sections. */
        Map<String, String> comments() {
            Map<String, String> bySection = new LinkedHashMap<>();
            if (!returnedWith.isEmpty()) {
                new EnumMap<>(returnedWith).forEach((section, text) -> bySection.put(section.key(), text));
            }
            return bySection;
        }

        Filed led() {
            return new Filed(name, reached, returnedWith, true);
        }
    }
}
