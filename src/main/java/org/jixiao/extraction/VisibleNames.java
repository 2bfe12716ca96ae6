package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;

/**
 * A document read from a report, with its names (the unit's name, code, region and parent; each task's name and
 * leader; each indicator's name) cleared of the characters that are not seen ({@link HiddenCharacters}): published
 * PDFs carry U+200B and U+FEFF inside words routinely, and the format refuses a name that holds one. The reader does
 * not refuse the report for them; it leaves them out. Text other than names keeps them, as the source has them.
 */
final class VisibleNames {

    private VisibleNames() {
    }

    static EvaluationDocument of(EvaluationDocument document) {
        if (document == null) {
            return null;
        }
        Department unit = document.department();
        Department visible = unit == null ? null : new Department(HiddenCharacters.strip(unit.name()),
                HiddenCharacters.strip(unit.code()), HiddenCharacters.strip(unit.region()),
                HiddenCharacters.strip(unit.parent()), unit.extensions());
        List<KeyTask> tasks = new ArrayList<>();
        for (KeyTask task : document.keyTasks()) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : task.indicators()) {
                indicators.add(i.toBuilder().name(HiddenCharacters.strip(i.name())).build());
            }
            tasks.add(new KeyTask(HiddenCharacters.strip(task.name()), task.expectedGoal(), task.budget(),
                    task.executed(), task.executionRate(), task.outcome(), HiddenCharacters.strip(task.leader()),
                    indicators, task.extensions()));
        }
        return document.withDepartment(visible).withKeyTasks(tasks);
    }
}
