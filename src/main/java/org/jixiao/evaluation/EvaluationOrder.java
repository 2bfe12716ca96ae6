package org.jixiao.evaluation;

/** The order a list of evaluations is read in, by the database. */
public enum EvaluationOrder {

    /** Newest year first, then by unit: the public portal, the API, exports. */
    NEWEST_YEAR_FIRST,
    /**
     * As a queue of work: 待审核 first, the longest waiting first among them, then returned, drafts, approved and
     * published; within each, newest year first and by unit. The list of evaluations people work from.
     */
    REVIEW_QUEUE
}
