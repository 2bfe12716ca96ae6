package org.jixiao.indepth;

import java.time.LocalDate;

/**
 * What the bureau states when it opens an evaluation of a self-evaluated project.
 *
 * @param sourceId the self-evaluation (an evaluation of the region, approved or published) whose project is evaluated
 * @param scope    what is evaluated: the money, the years, the questions to answer
 * @param startsOn the schedule's first day
 * @param endsOn   its last day
 */
public record InDepthOpening(long sourceId, InDepthKind kind, String scope, LocalDate startsOn, LocalDate endsOn) {
}
