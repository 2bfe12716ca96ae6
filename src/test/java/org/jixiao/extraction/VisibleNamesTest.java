package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.junit.jupiter.api.Test;

/**
 * Names read from a published report come without the characters that are not seen: PDFs carry zero-width spaces
 * and byte-order marks inside words, and a direction override would show a name reversed. The reader leaves them
 * out rather than refuse the report, so that what it read can be imported. A text written for this test.
 */
class VisibleNamesTest {

    private static final String ZWSP = "\u200B";
    private static final String BOM = "\uFEFF";
    private static final String RLO = "\u202E";
    private static final String ZWJ = "\u200D";
    private static final String SOFT_HYPHEN = "\u00AD";

    private static final String REPORT = String.join("\n",
            "某某区文" + ZWSP + "化局",
            "2023年度某某区文" + ZWSP + "化局部门整体支出绩效自评报告",
            "主管部门：某某区" + RLO + "人民政府",
            "一、基本情况",
            "（一）部门职能",
            "负责全区文化工作。",
            "（二）部门整体收支情况",
            "全年预算数100.00万元，执行数90.00万元，完成预算的90%。",
            "（三）部门整体支出绩效目标",
            "1.办好群众文化活动。",
            "（四）部门年度重点工作任务",
            "1.群众" + BOM + "文化活动。期望达到的目标：全年举办活动50场。",
            "二、综合评价分析",
            "（二）各重点工作任务绩效目标完成情况分析",
            "1.群众" + BOM + "文化活动",
            "支出完成情况：年度支出预算数80.00万元，预算完成数72.00万元，执行率90%。",
            "项目负责人：王" + ZWJ + "小明",
            "目标实际完成情况及主要成效：全年举办活动52场。",
            "指标完成情况：一是举办" + RLO + "活动场" + SOFT_HYPHEN + "次52场，年度指标值50场，完成绩效目标。",
            "三、存在的主要问题",
            "场馆设施老化。",
            "");

    @Test
    void theNamesOfAReportComeWithoutTheCharactersThatAreNotSeen() {
        EvaluationDocument document = new ReportExtractor().extract("report.txt", REPORT.getBytes(StandardCharsets.UTF_8))
                .document();

        assertThat(document.department()).isEqualTo(new Department("某某区文化局", null, "某某区", "某某区人民政府", null));
        KeyTask task = document.keyTasks().get(0);
        assertThat(task.name()).isEqualTo("群众文化活动");
        assertThat(task.leader()).isEqualTo("王小明");
        assertThat(task.indicators()).extracting(i -> i.name()).containsExactly("举办活动场次");
        assertThat(DocumentJson.validate(DocumentJson.mapper().valueToTree(document)))
                .as("what was read can be imported").isEmpty();
    }
}
