/**
 * Scoring and indicator quality (docs/scoring.md): scoring profiles as data ({@link org.jixiao.scoring.ScoringProfile},
 * {@link org.jixiao.scoring.ScoringProfiles}, MOF_2020 built in), the {@link org.jixiao.scoring.Scorer} that
 * turns a document into its score object, and the {@link org.jixiao.scoring.IndicatorLinter} that finds weak
 * indicators and says, in Chinese, how to set them better; and the criteria of 事前绩效评估 as ex-ante profiles
 * ({@link org.jixiao.scoring.ExAnteProfiles}, EX_ANTE_2024 built in) with their {@link org.jixiao.scoring.ExAnteScorer}
 * (docs/ex-ante.md), loaded from files as scoring profiles are; and the framework of in-depth evaluations (部门评价,
 * 财政评价) with the experts' tally ({@link org.jixiao.scoring.InDepthFrameworks}, {@link org.jixiao.scoring.InDepthScorer},
 * docs/in-depth-evaluation.md). Plain Java on top of {@code document}: the command
 * line, the web application and the report renderer use the same code.
 */
package org.jixiao.scoring;
