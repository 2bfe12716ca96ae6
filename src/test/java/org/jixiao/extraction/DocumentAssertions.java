package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;

/** An extracted document against the one expected, field by field, every difference named by its JSON path. */
final class DocumentAssertions {

    private DocumentAssertions() {
    }

    static void assertSameDocument(String source, EvaluationDocument actual, EvaluationDocument expected) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.kind()).as(source + " $.kind").isEqualTo(expected.kind());
        soft.assertThat(actual.fiscalYear()).as(source + " $.fiscalYear").isEqualTo(expected.fiscalYear());
        soft.assertThat(actual.department()).as(source + " $.department").isEqualTo(expected.department());
        items(soft, source + " $.functions", actual.functions(), expected.functions());
        soft.assertThat(actual.funds()).as(source + " $.funds").isEqualTo(expected.funds());
        items(soft, source + " $.goals", actual.goals(), expected.goals());
        soft.assertThat(actual.conclusion()).as(source + " $.conclusion").isEqualTo(expected.conclusion());
        items(soft, source + " $.achievements", actual.achievements(), expected.achievements());
        items(soft, source + " $.problems", actual.problems(), expected.problems());
        items(soft, source + " $.measures", actual.measures(), expected.measures());
        soft.assertThat(actual.keyTasks()).as(source + " $.keyTasks (count)").hasSameSizeAs(expected.keyTasks());
        for (int i = 0; i < Math.min(actual.keyTasks().size(), expected.keyTasks().size()); i++) {
            task(soft, source + " $.keyTasks[" + i + "]", actual.keyTasks().get(i), expected.keyTasks().get(i));
        }
        soft.assertAll();
        assertThat(actual).as(source + ": the whole document").isEqualTo(expected);
    }

    private static void items(SoftAssertions soft, String path, List<String> actual, List<String> expected) {
        soft.assertThat(actual).as(path + " (count)").hasSameSizeAs(expected);
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            soft.assertThat(actual.get(i)).as(path + "[" + i + "]").isEqualTo(expected.get(i));
        }
    }

    private static void task(SoftAssertions soft, String path, KeyTask actual, KeyTask expected) {
        soft.assertThat(actual.name()).as(path + ".name").isEqualTo(expected.name());
        soft.assertThat(actual.expectedGoal()).as(path + ".expectedGoal").isEqualTo(expected.expectedGoal());
        soft.assertThat(actual.budget()).as(path + ".budget").isEqualTo(expected.budget());
        soft.assertThat(actual.executed()).as(path + ".executed").isEqualTo(expected.executed());
        soft.assertThat(actual.executionRate()).as(path + ".executionRate").isEqualTo(expected.executionRate());
        soft.assertThat(actual.outcome()).as(path + ".outcome").isEqualTo(expected.outcome());
        soft.assertThat(actual.leader()).as(path + ".leader").isEqualTo(expected.leader());
        soft.assertThat(actual.indicators()).as(path + ".indicators (count)").hasSameSizeAs(expected.indicators());
        for (int i = 0; i < Math.min(actual.indicators().size(), expected.indicators().size()); i++) {
            indicator(soft, path + ".indicators[" + i + "]", actual.indicators().get(i), expected.indicators().get(i));
        }
    }

    private static void indicator(SoftAssertions soft, String path, Indicator actual, Indicator expected) {
        soft.assertThat(actual.name()).as(path + ".name").isEqualTo(expected.name());
        soft.assertThat(actual.level1()).as(path + ".level1").isEqualTo(expected.level1());
        soft.assertThat(actual.level2()).as(path + ".level2").isEqualTo(expected.level2());
        soft.assertThat(actual.levelInferred()).as(path + ".levelInferred").isEqualTo(expected.levelInferred());
        soft.assertThat(actual.cycleTarget()).as(path + ".cycleTarget").isEqualTo(expected.cycleTarget());
        soft.assertThat(actual.annualTarget()).as(path + ".annualTarget").isEqualTo(expected.annualTarget());
        soft.assertThat(actual.actual()).as(path + ".actual").isEqualTo(expected.actual());
        soft.assertThat(actual.met()).as(path + ".met").isEqualTo(expected.met());
        soft.assertThat(actual.weight()).as(path + ".weight").isEqualTo(expected.weight());
        soft.assertThat(actual.score()).as(path + ".score").isEqualTo(expected.score());
        soft.assertThat(actual.deviationReason()).as(path + ".deviationReason").isEqualTo(expected.deviationReason());
    }
}
