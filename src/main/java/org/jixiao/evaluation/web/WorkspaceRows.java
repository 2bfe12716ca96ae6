package org.jixiao.evaluation.web;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.library.IndicatorLibrary;
import org.jixiao.library.LibraryEntry;
import org.jixiao.library.LibraryEntryNotFoundException;
import org.jixiao.library.LibraryIndicator;
import org.springframework.stereotype.Component;

/**
 * The row operations of the workspace form: those of {@link FormRows}, and {@code add-library:TASK:CODE}, which
 * adds the library's indicator CODE to key task TASK with its levels, its name and its first example target as a
 * placeholder annual target, keeping everything else typed so far. A code not in use changes nothing.
 */
@Component
class WorkspaceRows {

    static final String ADD_LIBRARY = "add-library:";

    private final IndicatorLibrary library;

    WorkspaceRows(IndicatorLibrary library) {
        this.library = library;
    }

    void apply(Actor actor, EvaluationForm form, String operation) {
        if (operation == null || !operation.startsWith(ADD_LIBRARY)) {
            FormRows.apply(form, operation);
            return;
        }
        String[] parts = operation.substring(ADD_LIBRARY.length()).split(":", 2);
        int task;
        try {
            task = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            return;
        }
        if (parts.length < 2 || task < 0 || task >= form.getKeyTasks().size()) {
            return;
        }
        LibraryEntry entry;
        try {
            entry = library.entry(actor, parts[1]);
        } catch (LibraryEntryNotFoundException e) {
            return; // like a row operation naming no row: nothing changes, nothing typed is lost
        }
        if (entry.isActive()) {
            form.getKeyTasks().get(task).getIndicators().add(row(entry.indicator()));
        }
    }

    static IndicatorForm row(LibraryIndicator entry) {
        IndicatorForm row = new IndicatorForm();
        row.setLevel1(entry.level1().name());
        row.setLevel2(entry.level2().name());
        row.setName(entry.name());
        List<String> examples = entry.exampleTargets();
        row.setAnnualTarget(examples.isEmpty() ? "" : examples.get(0));
        row.setMet("");
        return row;
    }
}
