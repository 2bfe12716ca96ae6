package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The evaluation's workflow as a state machine, without Spring or a database: from each status, each step either
 * moves it where the workflow says or is refused with a reason, and the content may be revised only while the unit
 * holds it (草稿, 退回).
 */
class EvaluationTransitionsTest {

    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    /** The steps and where each leads; a step from any other status is refused. */
    private static final Map<String, Step> STEPS = Map.of(
            "submit", new Step(Evaluation::submit, EvaluationStatus.SUBMITTED,
                    List.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED)),
            "return", new Step(Evaluation::returnForRevision, EvaluationStatus.RETURNED,
                    List.of(EvaluationStatus.SUBMITTED)),
            "approve", new Step(Evaluation::approve, EvaluationStatus.APPROVED, List.of(EvaluationStatus.SUBMITTED)),
            "publish", new Step(Evaluation::publish, EvaluationStatus.PUBLISHED, List.of(EvaluationStatus.APPROVED)));

    private record Step(Consumer<Evaluation> action, EvaluationStatus to, List<EvaluationStatus> from) {
    }

    @ParameterizedTest
    @EnumSource(EvaluationStatus.class)
    void eachStepFromEachStatus(EvaluationStatus status) {
        for (Map.Entry<String, Step> step : STEPS.entrySet()) {
            Evaluation evaluation = in(status);
            if (step.getValue().from().contains(status)) {
                step.getValue().action().accept(evaluation);
                assertThat(evaluation.status()).as(step.getKey() + " from " + status).isEqualTo(step.getValue().to());
            } else {
                assertThatThrownBy(() -> step.getValue().action().accept(evaluation))
                        .as(step.getKey() + " from " + status).isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining(status.label());
                assertThat(evaluation.status()).isEqualTo(status);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EvaluationStatus.class)
    void theContentIsRevisedOnlyWhileTheUnitHoldsIt(EvaluationStatus status) {
        Evaluation evaluation = in(status);
        EvaluationDocument seed = SeedDocument.load();
        EvaluationDocument revised = seed.withKeyTasks(seed.keyTasks().subList(0, 1));

        if (status == EvaluationStatus.DRAFT || status == EvaluationStatus.RETURNED) {
            evaluation.revise(revised, NOW);
            assertThat(evaluation.status()).isEqualTo(status);
        } else {
            assertThatThrownBy(() -> evaluation.revise(revised, NOW)).isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("退回后方可修改");
        }
    }

    /** A new draft of the seed, brought to the status by the workflow's own steps (as a bulk import brings it). */
    private static Evaluation in(EvaluationStatus status) {
        EvaluationDocument seed = SeedDocument.load();
        Evaluation evaluation = Evaluation.draft(1, seed, NOW);
        BulkImport.reach(evaluation, status);
        assertThat(evaluation.status()).isEqualTo(status);
        return evaluation;
    }
}
