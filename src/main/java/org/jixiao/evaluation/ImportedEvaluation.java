package org.jixiao.evaluation;

/** What an import did with one document: the evaluation it created or revised. */
public record ImportedEvaluation(long id, String title, int fiscalYear, boolean created) {
}
