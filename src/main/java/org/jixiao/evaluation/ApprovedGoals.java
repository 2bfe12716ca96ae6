package org.jixiao.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;

/**
 * The goals approved (已审核) or published (已公开) with a unit's budget: the targets its year is measured against
 * (docs/goals.md, "Approved goals drive the year"). The goals module answers it; the evaluation module asks without
 * depending on goals, which uses it.
 */
public interface ApprovedGoals {

    /** Where the application has no goals. */
    ApprovedGoals NONE = (unitId, year, kind, project) -> Optional.empty();

    /**
     * The approved or published sheet of the unit for the year and kind: a project's matched by its name as both
     * state it (trimmed, exact), a department's by the unit, year and kind alone.
     */
    Optional<ApprovedGoal> find(long unitId, int year, Kind kind, String project);

    /**
     * The approved sheets of many subjects at once, for a region's reassessment: what {@link #find} gives each,
     * those without one left out. The default asks one at a time; the goals module reads them together.
     */
    default Map<Subject, ApprovedGoal> findAll(Collection<Subject> subjects) {
        Map<Subject, ApprovedGoal> found = new HashMap<>();
        for (Subject subject : subjects) {
            find(subject.unitId(), subject.year(), subject.kind(), subject.project())
                    .ifPresent(goal -> found.put(subject, goal));
        }
        return found;
    }

    /** What an evaluation is of: its unit, year and kind, and a project's name as the evaluation states it. */
    record Subject(long unitId, int year, Kind kind, String project) {
    }

    /** Every approved or published sheet of the unit, the latest year first. */
    default List<ApprovedGoal> ofUnit(long unitId) {
        return List.of();
    }

    /** The approved sheet, where to read it ({@code /goals/{id}}) and when it was approved. */
    record ApprovedGoal(long id, GoalSheet sheet, Instant approvedAt) {
    }
}
