package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    @Test
    void readsTheSeedReportWithEveryFigure() {
        EvaluationDocument seed = SeedDocument.load();

        assertThat(seed.kind()).isEqualTo(Kind.DEPARTMENT_OVERALL);
        assertThat(seed.fiscalYear()).isEqualTo(2023);
        assertThat(seed.department().name()).isEqualTo("广州市荔湾区妇女联合会");
        assertThat(seed.functions()).hasSize(6);
        assertThat(seed.goals()).hasSize(5);
        assertThat(seed.funds().budget()).isEqualByComparingTo("688.34");
        assertThat(seed.funds().executedFrom(FundSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("688.34");
        assertThat(seed.funds().byNature().basic()).isEqualByComparingTo("581.73");
        assertThat(seed.funds().byNature().project()).isEqualByComparingTo("106.61");
        assertThat(seed.keyTasks()).extracting(KeyTask::name)
                .containsExactly("妇联活动及组织建设阵地建设", "妇儿工委及妇女儿童中心工作");
        assertThat(seed.keyTasks().get(0).budget()).isEqualByComparingTo("91.20");
        assertThat(seed.keyTasks().get(1).budget()).isEqualByComparingTo("8.43");
        assertThat(seed.keyTasks()).flatExtracting(KeyTask::indicators).hasSize(8);
        assertThat(seed.achievements()).hasSize(6);
        assertThat(seed.problems()).hasSize(1);
        assertThat(seed.measures()).hasSize(3);
        assertThat(FundsConsistency.check(seed)).isEmpty();
    }

    @Test
    void numbersAreExactDecimalsNeverDoubles() {
        String json = document("""
                "funds": {"budget": 0.1, "executed": 0.2, "carryover": 1234567890.123456}""");

        EvaluationDocument document = DocumentJson.read(json);

        assertThat(document.funds().budget().add(document.funds().executed())).isEqualTo(new BigDecimal("0.3"));
        assertThat(document.funds().carryover()).isEqualTo(new BigDecimal("1234567890.123456"));
        assertThat(DocumentJson.write(document)).contains("\"carryover\": 1234567890.123456");
    }

    @Test
    void chineseIsWrittenUnescaped() {
        String written = DocumentJson.write(SeedDocument.load());

        assertThat(written).contains("广州市荔湾区妇女联合会").doesNotContain("\\u");
    }

    @Test
    void unknownFieldsAreKeptWhereverTheyStand() {
        String json = document("""
                "reviewer": {"name": "李四", "notes": [1, 2.50]},
                "keyTasks": [{"name": "任务", "priority": "high",
                  "indicators": [{"name": "指标", "source": "指标库",
                    "annualTarget": {"text": "≥95%", "basis": "历史标准"}}]}]""");

        EvaluationDocument document = DocumentJson.read(json);
        EvaluationDocument again = DocumentJson.read(DocumentJson.write(document));

        assertThat(again).isEqualTo(document);
        assertThat(document.extensions()).containsKey("reviewer");
        assertThat(document.keyTasks().get(0).extensions()).containsEntry("priority", "high");
        Indicator indicator = document.keyTasks().get(0).indicators().get(0);
        assertThat(indicator.extensions()).containsEntry("source", "指标库");
        assertThat(indicator.annualTarget().extensions()).containsEntry("basis", "历史标准");
        assertThat(DocumentJson.write(document)).contains("\"notes\": [", "2.50");
    }

    @Test
    void aTargetMayBeGivenAsItsWording() {
        EvaluationDocument document = DocumentJson.read(document("""
                "keyTasks": [{"name": "任务", "indicators": [{"name": "满意度", "annualTarget": "≧95％"}]}]"""));

        Target target = document.keyTasks().get(0).indicators().get(0).annualTarget();
        assertThat(target.comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(target.value()).isEqualByComparingTo("95");
    }

    @Test
    void brokenJsonIsReportedByLineAndColumn() {
        String json = "{\n  \"schema\": \"jixiao/evaluation/v1\",\n  \"kind\": DEPARTMENT\n}";

        assertThatThrownBy(() -> DocumentJson.read(json))
                .isInstanceOfSatisfying(DocumentSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isGreaterThan(10);
                });
    }

    @Test
    void formatErrorsNameTheJsonPath() {
        String json = document("""
                "funds": {"budget": "688.34万元", "bySource": [{"source": "LOTTERY", "executed": -1}]},
                "keyTasks": [{"name": "任务", "budget": 1.1234567,
                  "indicators": [{"level1": "OUTPUT", "level2": "SOCIAL", "annualTarget": {"comparator": ">="}}]}]""");

        assertThatThrownBy(() -> DocumentJson.read(json))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.errors())
                        .extracting(Finding::path)
                        .containsExactlyInAnyOrder(
                                "$.funds.budget",
                                "$.funds.bySource[0].source",
                                "$.funds.bySource[0].executed",
                                "$.keyTasks[0].budget",
                                "$.keyTasks[0].indicators[0].name",
                                "$.keyTasks[0].indicators[0].level2",
                                "$.keyTasks[0].indicators[0].annualTarget.value"));
    }

    @Test
    void theStatedScoreIsReadExactlyAndKeptApartFromTheScore() {
        EvaluationDocument document = DocumentJson.read(document("""
                "statedScore": {"total": 98.14, "grade": "优", "text": "经自评，综合得分98.14分，评价等级为优。"}"""));

        assertThat(document.statedScore()).isEqualTo(new StatedScore(new BigDecimal("98.14"), "优",
                "经自评，综合得分98.14分，评价等级为优。"));
        assertThat(document.score()).isNull();
        assertThat(DocumentJson.read(DocumentJson.write(document))).isEqualTo(document);
    }

    @Test
    void aBadStatedScoreIsRefusedWithItsPath() {
        String json = document("""
                "statedScore": {"total": "98分", "grade": "优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀优秀", "text": 1}""");
        String tooHigh = document("\"statedScore\": {\"total\": 120}");

        assertThat(DocumentJson.validate(DocumentJson.parseTree(json))).extracting(Finding::path)
                .containsExactlyInAnyOrder("$.statedScore.total", "$.statedScore.grade", "$.statedScore.text");
        assertThat(DocumentJson.validate(DocumentJson.parseTree(tooHigh))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("单位自评得分应在 0 至 100 之间，实为 120"));
    }

    @Test
    void aReportsWordForItsGradeIsUnderstood() {
        assertThat(List.of("优", "优秀", "优秀等级", "良好", "中等", "合格", "差", "不合格", "较好")).map(Grade::ofWord)
                .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.FAIR,
                        Grade.POOR, Grade.POOR, null);
    }

    @Test
    void theTopLevelFieldsAreRequired() {
        List<Finding> findings = DocumentJson.validate(DocumentJson.parseTree("{\"functions\": [\"x\", null]}"));

        assertThat(findings).extracting(Finding::path).containsExactlyInAnyOrder(
                "$.schema", "$.kind", "$.fiscalYear", "$.department", "$.functions[1]");
        assertThat(findings).allMatch(Finding::isError);
        assertThat(findings).extracting(Finding::message).allMatch(message -> !message.isBlank());
    }

    @Test
    void aProjectDocumentHasExactlyOneKeyTask() {
        String json = """
                {"schema": "jixiao/evaluation/v1", "kind": "PROJECT", "fiscalYear": 2024,
                 "department": {"name": "某单位"}, "keyTasks": []}""";

        assertThat(DocumentJson.validate(DocumentJson.parseTree(json))).extracting(Finding::path)
                .containsExactly("$.keyTasks");
    }

    @Test
    void textThatTheDatabaseCannotHoldIsRefusedWithItsPath() {
        String json = document("\"conclusion\": \"a\\u0000b\", \"keyTasks\": [{\"name\": \"" + "长".repeat(501) + "\"}]");

        assertThat(DocumentJson.validate(DocumentJson.parseTree(json))).extracting(Finding::path)
                .containsExactlyInAnyOrder("$.conclusion", "$.keyTasks[0].name");
    }

    @Test
    void aNameHoldingACharacterThatIsNotSeenIsRefusedNamingTheFieldByItsPath() {
        // U+202E shows what follows reversed; the zero-width characters and the soft hyphen make look-alike names
        String json = document("""
                "department": {"name": "荔湾区\u202E联妇", "code": "4401\u200B03", "region": "广州市\u2066荔湾区",
                  "parent": "荔湾区\u00AD人民政府"},
                "conclusion": "自评结论\u200B可以有零宽空格，叙述中无害。",
                "keyTasks": [{"name": "\uFEFF妇联活动", "leader": "王\u200D小明",
                  "indicators": [{"name": "活动场次"}, {"name": "满意度\u061C"}]}]""");

        List<Finding> findings = DocumentJson.validate(DocumentJson.parseTree(json));

        assertThat(findings).extracting(Finding::path, Finding::message).containsExactlyInAnyOrder(
                tuple("$.department.name", "单位名称含有不可见的文字方向控制符 U+202E（第 4 个字符），请删除后重新填写"),
                tuple("$.department.code", "单位编码含有不可见的零宽字符 U+200B（第 5 个字符），请删除后重新填写"),
                tuple("$.department.region", "行政区划含有不可见的文字方向控制符 U+2066（第 4 个字符），请删除后重新填写"),
                tuple("$.department.parent", "主管部门含有不可见的软连字符 U+00AD（第 4 个字符），请删除后重新填写"),
                tuple("$.keyTasks[0].name", "任务名称含有不可见的零宽字符 U+FEFF（第 1 个字符），请删除后重新填写"),
                tuple("$.keyTasks[0].leader", "负责人含有不可见的零宽字符 U+200D（第 2 个字符），请删除后重新填写"),
                tuple("$.keyTasks[0].indicators[1].name",
                        "三级指标名称含有不可见的文字方向控制符 U+061C（第 4 个字符），请删除后重新填写"));
        assertThat(findings).allMatch(f -> f.is(FindingCode.INVALID_FIELD) && f.isError());
    }

    @Test
    void anExportedArrayIsReadAllOrNothing() {
        String good = document("");
        String bad = document("\"fiscalYear\": \"2023\"");

        assertThat(DocumentJson.readAll("[" + good + "," + good + "]")).hasSize(2);
        assertThatThrownBy(() -> DocumentJson.readAll("[" + good + "," + bad + "]"))
                .isInstanceOfSatisfying(InvalidDocumentException.class,
                        e -> assertThat(e.errors()).extracting(Finding::path).contains("$[1].fiscalYear"));
    }

    /** A minimal document with the given fields added (a later field of the same name wins). */
    private static String document(String fields) {
        return "{\"schema\": \"jixiao/evaluation/v1\", \"kind\": \"DEPARTMENT_OVERALL\", \"fiscalYear\": 2023,"
                + " \"department\": {\"name\": \"测试单位\"}" + (fields.isBlank() ? "" : ", " + fields) + "}";
    }
}
