package org.jixiao.evaluation;

import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;

/**
 * What an import may do to an evaluation that already exists. A person's import revises one only where the pages
 * would let that person edit it ({@link EvaluationAccess#canEdit}): a reviewer or the administrator may bring in
 * a unit's report as a new evaluation, not write over the unit's draft. An API client that read a version
 * (ETag) and sends it back (If-Match) revises that version or nothing.
 *
 * @param actor           who imports; null for the operator's own commands (command line, demo data)
 * @param expectedVersion the version the import must replace, or null for any; {@link #MUST_NOT_EXIST} (If-None-Match)
 *                        when it must create one
 */
public record ImportConditions(Actor actor, Long expectedVersion) {

    /** The import must create the evaluation: there is none of its unit, year and subject yet. */
    public static final long MUST_NOT_EXIST = -1;
    /** The import must revise an evaluation that exists, whatever its version (If-Match: *). */
    public static final long MUST_EXIST = -2;

    /** The operator's: anything the statuses allow. */
    public static final ImportConditions OPERATOR = new ImportConditions(null, null);

    public static ImportConditions by(Actor actor) {
        return new ImportConditions(actor, null);
    }

    /** Refuses replacing the stored evaluation where these conditions do not allow it. */
    void checkRevision(String title, int year, EvaluationScope stored, long storedVersion) {
        // one under review is refused by its status, whoever imports
        if (actor != null && stored.status().isEditable() && !EvaluationAccess.canEdit(actor, stored)) {
            throw new NotPermittedException(title + " " + year + " 年度的评价已存在（" + stored.status().label()
                    + "），只能由本单位填报人修改；导入没有覆盖它");
        }
        if (expectedVersion != null && expectedVersion == MUST_NOT_EXIST) {
            throw new StaleEvaluationException(title + " " + year + " 年度的评价已存在（第 " + storedVersion
                    + " 版）：按 If-None-Match 只新建，没有覆盖它", 0, storedVersion);
        }
        if (expectedVersion != null && expectedVersion >= 0 && expectedVersion != storedVersion) {
            throw new StaleEvaluationException(expectedVersion, storedVersion);
        }
    }

    /** Refuses creating an evaluation where these conditions ask for one that exists. */
    void checkCreation(String title, int year) {
        if (expectedVersion != null && expectedVersion != MUST_NOT_EXIST) {
            throw new StaleEvaluationException(title + " " + year + " 年度还没有评价：按 If-Match 只修改已有的评价，没有新建",
                    expectedVersion < 0 ? 0 : expectedVersion, 0);
        }
    }
}
