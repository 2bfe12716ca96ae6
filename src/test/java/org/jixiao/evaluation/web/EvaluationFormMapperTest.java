package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.StatedScore;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.evaluation.web.EvaluationForm.SourceForm;
import org.jixiao.evaluation.web.EvaluationFormMapper.Conversion;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

class EvaluationFormMapperTest {

    private final EvaluationDocument seed = SeedDocument.load();

    @Test
    void anUnchangedFormGivesBackTheDocument() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 3);

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(form.getVersion()).isEqualTo(3);
        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.document()).isEqualTo(seed);
    }

    @Test
    void theStatedScoreIsEditedExactlyAndKeepsTheSentenceItWasReadFrom() {
        EvaluationDocument stated = seed.withStatedScore(new StatedScore(new BigDecimal("98.14"),
                "优", "经自评，得分98.14分，等级为优。", Map.of("xPage", 3)));
        EvaluationForm form = EvaluationFormMapper.toForm(stated, 0);

        assertThat(form.getStatedTotal()).isEqualTo("98.14");
        assertThat(form.getStatedGrade()).isEqualTo("优");
        assertThat(form.getStatedText()).isEqualTo("经自评，得分98.14分，等级为优。");
        assertThat(EvaluationFormMapper.toDocument(form, stated).document()).isEqualTo(stated);

        form.setStatedTotal("９８.１５０分");
        form.setStatedGrade(" 良好 ");
        var corrected = EvaluationFormMapper.toDocument(form, stated).document().statedScore();
        assertThat(corrected.total()).isEqualTo(new BigDecimal("98.15"));
        assertThat(corrected.grade()).isEqualTo("良好");
        assertThat(corrected.text()).isEqualTo("经自评，得分98.14分，等级为优。");

        form.setStatedTotal("");
        form.setStatedGrade("");
        assertThat(EvaluationFormMapper.toDocument(form, stated).document().statedScore()).isNull();
    }

    @Test
    void aBadStatedScoreIsNamedByItsField() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        form.setStatedTotal("九十八分");
        form.setStatedGrade("优".repeat(21));

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(conversion.errors()).containsOnlyKeys("statedTotal", "statedGrade");
        assertThat(conversion.errors().get("statedTotal"))
                .isEqualTo("单位自评得分应为 0 至 100 之间的数字，例如 98.14，而不是“九十八分”");
        assertThat(conversion.errors().get("statedGrade")).startsWith("自评等级最多 20 字");

        form.setStatedTotal("100.5");
        form.setStatedGrade("优");
        assertThat(EvaluationFormMapper.toDocument(form, seed).errors())
                .containsExactly(Map.entry("statedTotal", "单位自评得分应在 0 至 100 之间，而不是“100.5”"));
    }

    @Test
    void typedNumbersAreReadAsPeopleTypeThem() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        form.getFunds().setBudget(" ６８８．３４ ");
        form.getFunds().setExecuted("1,688.34");
        form.getFunds().setExecutionRate("100%");

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(conversion.document().funds().budget()).isEqualByComparingTo("688.34");
        assertThat(conversion.document().funds().executed()).isEqualByComparingTo("1688.34");
        assertThat(conversion.document().funds().executionRate()).isEqualByComparingTo("100");
    }

    @Test
    void errorsAreNamedByTheFieldTheyConcern() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        form.getFunds().setBudget("六百万");
        form.getFunds().getSources().get(1).setExecuted("-5");
        IndicatorForm indicator = form.getKeyTasks().get(0).getIndicators().get(0);
        indicator.setLevel1("OUTPUT");
        indicator.setLevel2("SOCIAL");
        form.getKeyTasks().get(1).getIndicators().get(0).setName("");
        form.getKeyTasks().get(1).getIndicators().get(0).setWeight("x");

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(conversion.errors()).containsOnlyKeys("funds.budget", "funds.sources[1].executed",
                "keyTasks[0].indicators[0].level2", "keyTasks[1].indicators[0].name",
                "keyTasks[1].indicators[0].weight");
        assertThat(conversion.errors().get("funds.budget")).contains("应为金额", "六百万");
        assertThat(conversion.errors().get("funds.sources[1].executed")).contains("负数");
    }

    @Test
    void blankRowsAreLeftOut() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        FormRows.apply(form, "add:functions");
        FormRows.apply(form, "add:sources");
        FormRows.apply(form, "add:indicators:1");
        FormRows.apply(form, "add:keyTasks");

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(form.getFunctions()).hasSize(7);
        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.document()).isEqualTo(seed);
    }

    @Test
    void rowsAreAddedAndRemovedWhereTheOperationSays() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);

        FormRows.apply(form, "remove:indicators:0:2");
        FormRows.apply(form, "remove:goals:0");
        FormRows.apply(form, "remove:keyTasks:1");
        FormRows.apply(form, "remove:keyTasks:9");
        FormRows.apply(form, "nonsense");
        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        assertThat(conversion.document().keyTasks()).singleElement().satisfies(task -> assertThat(task.indicators())
                .extracting(i -> i.name()).containsExactly("案件办结率", "社区家长学校创建达标率", "服务对象满意度（%）"));
        assertThat(conversion.document().goals()).hasSize(4).first().asString().startsWith("大力推进");
    }

    @Test
    void aChangedTargetIsUnderstoodAnew() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        form.getKeyTasks().get(0).getIndicators().get(0).setAnnualTarget("不低于99%");
        form.getKeyTasks().get(0).getIndicators().get(0).setLevel1("OUTPUT");

        Conversion conversion = EvaluationFormMapper.toDocument(form, seed);

        var indicator = conversion.document().keyTasks().get(0).indicators().get(0);
        assertThat(indicator.annualTarget().comparator().symbol()).isEqualTo(">=");
        assertThat(indicator.annualTarget().value()).isEqualByComparingTo("99");
        assertThat(indicator.levelInferred()).as("levels the user left as inferred stay inferred").isTrue();
    }

    @Test
    void aSourceWithoutItsKindIsAnError() {
        EvaluationForm form = EvaluationFormMapper.toForm(seed, 0);
        SourceForm source = new SourceForm();
        source.setExecuted("5");
        form.getFunds().getSources().add(source);

        assertThat(EvaluationFormMapper.toDocument(form, seed).errors()).containsKey("funds.sources[4].source");
    }

    @Test
    void jsonPathsBecomeFormFields() {
        assertThat(EvaluationFormMapper.fieldOf("$.funds.bySource[2].executed")).isEqualTo("funds.sources[2].executed");
        assertThat(EvaluationFormMapper.fieldOf("$.funds.byNature.basic")).isEqualTo("funds.basic");
        assertThat(EvaluationFormMapper.fieldOf("$.keyTasks[0].indicators[3].annualTarget.value"))
                .isEqualTo("keyTasks[0].indicators[3].annualTarget");
        assertThat(EvaluationFormMapper.fieldOf("$.functions[1]")).isEqualTo("functions[1]");
    }
}
