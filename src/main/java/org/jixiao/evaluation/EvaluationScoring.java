package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.internal.ScoringSettings;
import org.jixiao.scoring.IndicatorCatalog;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfile;
import org.jixiao.scoring.ScoringProfiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Scores and lints evaluations with the configured profile, for the pages that show them. Only calls the pure
 * {@link Scorer} and {@link IndicatorLinter}; the profile is loaded once at start-up, so that a broken profile
 * folder stops the application with a message naming the file rather than failing page by page.
 */
@Service
public class EvaluationScoring {

    private final Scorer scorer;
    private final IndicatorLinter linter;
    private final ScoringProfiles profiles;

    /**
     * @param catalog the indicator library, where the application has one: findings about an indicator of the
     *                library cite its entry. Looked up on first use, since the library itself reads evaluations.
     */
    EvaluationScoring(ScoringSettings settings, ObjectProvider<IndicatorCatalog> catalog) {
        this.profiles = ScoringProfiles.load(settings.profilesFolder());
        ScoringProfile profile = profiles.get(blankToNull(settings.profile()));
        this.scorer = new Scorer(profile);
        this.linter = new IndicatorLinter(profile, new LazyCatalog(catalog));
    }

    /** The catalog bean resolved when the first indicator is looked up. */
    private static final class LazyCatalog implements IndicatorCatalog {

        private final ObjectProvider<IndicatorCatalog> provider;
        private volatile IndicatorCatalog catalog;

        LazyCatalog(ObjectProvider<IndicatorCatalog> provider) {
            this.provider = provider;
        }

        @Override
        public Entry find(String normalizedName) {
            IndicatorCatalog resolved = catalog;
            if (resolved == null) {
                resolved = provider.getIfAvailable(() -> IndicatorCatalog.NONE);
                catalog = resolved;
            }
            return resolved.find(normalizedName);
        }
    }

    /** The score and the quality findings of a document. */
    public Assessment assess(EvaluationDocument document) {
        return assess(document, null);
    }

    /** The same, with last year's evaluation of the unit, so that a target below last year's actual is found. */
    public Assessment assess(EvaluationDocument document, EvaluationDocument previousYear) {
        return assess(document, previousYear, null);
    }

    /**
     * The same, with the goals approved for the year (null: none), so that a target other than the approved one
     * and an approved indicator left out are found.
     */
    public Assessment assess(EvaluationDocument document, EvaluationDocument previousYear, GoalSheet approved) {
        // scored once: the findings use what the scoring found of each indicator
        org.jixiao.scoring.Assessment assessed = linter.assess(document, previousYear, approved);
        return new Assessment(assessed.score(), assessed.findings());
    }

    public String profileName() {
        return scorer.profile().name();
    }

    /** Every profile the deployment knows (built in and from its folder), for the administrator to see. */
    public List<ScoringProfile> profiles() {
        return profiles.names().stream().map(profiles::get).toList();
    }

    /** The profile in use, for the settings that go with it (monitoring). */
    public ScoringProfile profile() {
        return scorer.profile();
    }

    /** A document's score and findings, as computed now from its content (not the score stored with it). */
    public record Assessment(EvaluationScore score, List<Finding> findings) {

        public long count(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        /** Indicators scored, and those fully achieved (ratio 1). */
        public int indicators() {
            return score.keyTasks().stream().mapToInt(t -> t.indicators().size()).sum();
        }

        public int indicatorsMet() {
            return (int) score.keyTasks().stream().flatMap(t -> t.indicators().stream())
                    .filter(i -> i.ratio() != null && i.ratio().compareTo(BigDecimal.ONE) >= 0).count();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
