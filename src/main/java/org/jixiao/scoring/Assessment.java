package org.jixiao.scoring;

import java.util.List;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;

/**
 * A document's score and its findings, from one scoring ({@link IndicatorLinter#assess}): the same as
 * {@link Scorer#score} and {@link IndicatorLinter#lint} each give.
 */
public record Assessment(EvaluationScore score, List<Finding> findings) {
}
