package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a permission decision needs to know of an evaluation.
 *
 * @param unitId  the unit that reports
 * @param region  the unit's region (a reviewer's scope)
 * @param status  where it stands in review
 * @param leaders the 项目负责人 named by each key task, in order (null where none)
 * @param project whether it is a 项目支出 evaluation, whose first key task is the project itself
 */
public record EvaluationScope(long unitId, String region, EvaluationStatus status, List<String> leaders,
        boolean project) {

    public EvaluationScope {
        // leaders may be null where a task names none, so List.copyOf (which refuses nulls) will not do
        leaders = leaders == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(leaders));
    }
}
