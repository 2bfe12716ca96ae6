package org.jixiao.goals;

import java.time.Instant;
import org.jixiao.document.GoalSheet;

/**
 * A goal sheet was published (公开) with the budget, by whom and when, as it then stood: published within the step's
 * transaction, so that its signed copy is kept with it or the step fails and nothing is published.
 */
public record GoalSheetPublished(long filingId, long version, GoalSheet sheet, String publishedBy, Instant at) {
}
