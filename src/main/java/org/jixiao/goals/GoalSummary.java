package org.jixiao.goals;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.document.Kind;

/** A goal sheet as a list shows it, without its content. */
public record GoalSummary(long id, String unitName, String region, int fiscalYear, Kind kind, String subject,
        GoalStatus status, BigDecimal total, Instant updatedAt) {

    /** The unit's name, and a project's. */
    public String title() {
        return subject == null || subject.isEmpty() ? unitName : unitName + "·" + subject;
    }

    /** The kind of sheet in words. */
    public String kindLabel() {
        return kind == Kind.PROJECT ? "项目支出绩效目标" : "部门整体支出绩效目标";
    }
}
