/**
 * Scoring and indicator quality (docs/scoring.md): scoring profiles as data ({@link org.jixiao.scoring.ScoringProfile},
 * {@link org.jixiao.scoring.ScoringProfiles}, MOF_2020 built in), the {@link org.jixiao.scoring.Scorer} that
 * turns a document into its score object, and the {@link org.jixiao.scoring.IndicatorLinter} that finds weak
 * indicators and says, in Chinese, how to set them better. Plain Java on top of {@code document}: the command
 * line, the web application and the report renderer use the same code.
 */
package org.jixiao.scoring;
