package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.KeyTask;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A key task (or the project of a project evaluation) as stored, with its indicators. */
@Table("key_task")
record EvaluationKeyTask(
        String name,
        String expectedGoal,
        BigDecimal budget,
        BigDecimal executed,
        BigDecimal executionRate,
        String outcome,
        String leader,
        String extensionsJson,
        @MappedCollection(idColumn = "evaluation_id", keyColumn = "indicator_index") List<EvaluationIndicator> indicators) {

    static EvaluationKeyTask of(KeyTask task) {
        return new EvaluationKeyTask(task.name(), task.expectedGoal(), task.budget(), task.executed(),
                task.executionRate(), task.outcome(), task.leader(), KeptFields.write(task.extensions()),
                task.indicators().stream().map(EvaluationIndicator::of).toList());
    }

    KeyTask toDocument() {
        return new KeyTask(name, expectedGoal, budget, executed, executionRate, outcome, leader,
                indicators.stream().map(EvaluationIndicator::toDocument).toList(), KeptFields.read(extensionsJson));
    }
}
