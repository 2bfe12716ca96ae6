package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A finding's JSON path as the place on the workspace page a link scrolls to. */
class FieldAnchorsTest {

    private final FieldAnchors anchors = new FieldAnchors();

    @Test
    void aFieldOfItsOwnIsItsInput() {
        assertThat(anchors.of("$.keyTasks[0].executionRate")).isEqualTo("keyTasks0.executionRate");
        assertThat(anchors.of("$.keyTasks[1].indicators[3].actual")).isEqualTo("keyTasks1.indicators3.actual");
        assertThat(anchors.of("$.keyTasks[1].indicators[3].annualTarget.value")).isEqualTo("keyTasks1.indicators3.annualTarget");
        assertThat(anchors.of("$.funds.executionRate")).isEqualTo("funds.executionRate");
        assertThat(anchors.of("$.funds.byNature.basic")).isEqualTo("funds.basic");
        assertThat(anchors.of("$.funds.bySource[2].executed")).isEqualTo("funds.sources2.executed");
        assertThat(anchors.of("$.statedScore.total")).isEqualTo("statedTotal");
        assertThat(anchors.of("$.goals[1]")).isEqualTo("goals1");
    }

    @Test
    void theInputsAreTheFormsOwnTextFieldsLessThoseNotShown() {
        assertThat(anchors.of("$.keyTasks[0].indicators[1].deviationReason"))
                .isEqualTo("keyTasks0.indicators1.deviationReason");
        assertThat(anchors.of("$.keyTasks[0].leader")).isEqualTo("keyTasks0.leader");
        assertThat(anchors.of("$.funds.byNature.publicUse")).isEqualTo("funds.publicUse");
        // carried by the form, not on the page: the task's box
        assertThat(anchors.of("$.keyTasks[0].indicators[1].rating")).isEqualTo("task-0");
        assertThat(anchors.of("$.keyTasks[0].indicators[1].readFrom")).isEqualTo("task-0");
    }

    @Test
    void aFindingAboutAWholePartIsThatPartsBox() {
        assertThat(anchors.of("$.keyTasks[1].indicators")).isEqualTo("task-1");
        assertThat(anchors.of("$.keyTasks")).isEqualTo("part-keyTasks");
        assertThat(anchors.of("$.funds.bySource")).isEqualTo("part-funds");
        assertThat(anchors.of("$.funds.byNature")).isEqualTo("part-funds");
        assertThat(anchors.of("$.statedScore")).isEqualTo("part-statedScore");
        assertThat(anchors.of("$")).isNull();
        assertThat(anchors.of(null)).isNull();
    }
}
