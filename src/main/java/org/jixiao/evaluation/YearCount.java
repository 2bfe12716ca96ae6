package org.jixiao.evaluation;

/** How many evaluations of a fiscal year stand in a status. */
public record YearCount(int fiscalYear, EvaluationStatus status, long count) {
}
