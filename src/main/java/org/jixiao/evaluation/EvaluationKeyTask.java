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
        // the row names its columns as the document names its values: those not mapped here are copied by name
        return Components.make(EvaluationKeyTask.class, name -> switch (name) {
            case "extensionsJson" -> KeptFields.write(task.extensions());
            case "indicators" -> task.indicators().stream().map(EvaluationIndicator::of).toList();
            default -> Components.get(task, name);
        });
    }

    KeyTask toDocument() {
        return Components.make(KeyTask.class, component -> switch (component) {
            case "indicators" -> indicators.stream().map(EvaluationIndicator::toDocument).toList();
            case "extensions" -> KeptFields.read(extensionsJson);
            default -> Components.get(this, component);
        });
    }
}
