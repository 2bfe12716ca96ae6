package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.document.Decimals;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.EvaluationScore.IndicatorScore;
import org.jixiao.document.EvaluationScore.KeyTaskScore;
import org.jixiao.document.Funds;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Money;
import org.jixiao.document.StatedScore;

/**
 * Scores a document by a profile (docs/scoring.md): per key task its execution points, each indicator's points,
 * ratio and score, its total and grade; for the document the execution points of its own funds plus the key
 * tasks' indicator scores averaged with their budgets as weights (equal weights unless every key task states a
 * budget and they add up to more than 0). A project's document is scored as its one key task with the
 * document's funds. The arithmetic is exact; what the score object shows is rounded half-up to two decimals,
 * and the grade is that of the rounded total.
 *
 * <p>An execution rate is the stated one, else executed ÷ budget; where neither is known the execution points
 * are 0 (nothing shows the money was spent). Rates above 100 % count as 100 %, below 0 as 0.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final IndicatorCategory[] CATEGORIES = IndicatorCategory.values();

    private final ScoringProfile profile;
    /** Key tasks with fewer indicators than this find their equal shares in a table rather than the map. */
    private static final int TABLED = 32;

    /** Equal shares of points by category, categories present and count of indicators: computed once. */
    private final Map<Long, Points> equalShares = new ConcurrentHashMap<>();
    /**
     * The same for fewer than {@link #TABLED} indicators, by index: no key to box and hash for every category of
     * every key task. Shares are immutable records, so a slot written twice by racing threads holds an equal one.
     */
    private final Points[] equalShareTable = new Points[(1 << CATEGORIES.length) * CATEGORIES.length * TABLED];

    public Scorer(ScoringProfile profile) {
        this.profile = profile;
    }

    public ScoringProfile profile() {
        return profile;
    }

    /**
     * The score of a document. A document with too little to score ({@link Unscorable}) gets no total and no
     * grade but the reason; a document that states a score of its own gets it beside the computed one.
     */
    public EvaluationScore score(EvaluationDocument document) {
        return score(document, null);
    }

    /**
     * The same, keeping each indicator's achievement in {@code kept[task][indicator]} (where the document is
     * scorable) for {@code lint} to use rather than find it again.
     */
    EvaluationScore score(EvaluationDocument document, Achievement[][] kept) {
        Unscorable unscorable = Unscorable.of(document);
        if (unscorable != null) {
            return notScorable(document, unscorable);
        }
        List<KeyTask> tasks = document.keyTasks();
        List<TaskResult> results = new ArrayList<>(tasks.size());
        for (int t = 0; t < tasks.size(); t++) {
            KeyTask task = tasks.get(t);
            Achievement[] achievements = kept == null ? null : new Achievement[task.indicators().size()];
            if (kept != null) {
                kept[t] = achievements;
            }
            results.add(scoreTask(task, achievements));
        }
        BigDecimal rate = executionRate(document.funds());
        if (rate == null && document.kind() == Kind.PROJECT && tasks.size() == 1) {
            rate = results.get(0).rate;
        }
        BigDecimal execution = executionPoints(rate);
        List<BigDecimal> weights = weights(tasks);
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // Σ weight × score ÷ Σ weight: exact products and sums, one division
        BigDecimal weighted = BigDecimal.ZERO;
        List<KeyTaskScore> scores = new ArrayList<>(tasks.size());
        for (int i = 0; i < results.size(); i++) {
            TaskResult result = results.get(i);
            weighted = weighted.add(result.indicatorScore.multiply(weights.get(i)));
            scores.add(result.toScore(weights.get(i).multiply(HUNDRED).divide(weightSum, 2, RoundingMode.HALF_UP)));
        }
        BigDecimal indicators = results.isEmpty() ? BigDecimal.ZERO : weighted.divide(weightSum, Achievement.MC);
        Total total = total(execution, indicators, rate);
        return new EvaluationScore(profile.name(), total.shown, profile.grade(total.shown), null,
                stated(document.statedScore(), total.shown), shown(execution), shownRate(rate), shown(indicators),
                total.cap, scores, null);
    }

    /** No total, no grade and no key task scores: what is missing, and the execution points as a fact. */
    private EvaluationScore notScorable(EvaluationDocument document, Unscorable unscorable) {
        BigDecimal rate = executionRate(document.funds());
        if (rate == null && document.kind() == Kind.PROJECT && document.keyTasks().size() == 1) {
            KeyTask project = document.keyTasks().get(0);
            rate = executionRate(project.budget(), project.executed(), project.executionRate());
        }
        return new EvaluationScore(profile.name(), null, null, unscorable.toScore(document.kind()),
                stated(document.statedScore(), null), shown(executionPoints(rate)), shownRate(rate), null, null,
                List.of(), null);
    }

    /** The document's own score beside the computed total (null where not scored), and how far apart they are. */
    private static EvaluationScore.Stated stated(StatedScore stated, BigDecimal total) {
        if (stated == null) {
            return null;
        }
        BigDecimal difference = stated.total() == null || total == null ? null : stated.total().subtract(total);
        return new EvaluationScore.Stated(stated.total(), stated.grade(), difference);
    }

    private TaskResult scoreTask(KeyTask task, Achievement[] kept) {
        BigDecimal rate = executionRate(task.budget(), task.executed(), task.executionRate());
        BigDecimal execution = executionPoints(rate);
        List<Indicator> indicators = task.indicators();
        Points[] points = points(indicators);
        List<IndicatorScore> scores = new ArrayList<>(indicators.size());
        // full points and products added apart: each sum keeps one scale, so no addition rescales a 60-digit
        // figure; exact addition gives the same value and scale in any order
        BigDecimal fullPoints = BigDecimal.ZERO;
        BigDecimal products = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Achievement achievement = Achievement.of(indicator, profile.qualitative());
            if (kept != null) {
                kept[i] = achievement;
            }
            BigDecimal ratio = achievement.ratio();
            BigDecimal score;
            BigDecimal shownScore;
            BigDecimal shownRatio;
            // r = 1 and r = 0 are most indicators: no multiplication, no rounding
            if (ratio.compareTo(BigDecimal.ONE) == 0) {
                score = points[i].exact;
                shownScore = points[i].shown;
                shownRatio = BigDecimal.ONE;
            } else if (ratio.signum() == 0) {
                score = BigDecimal.ZERO;
                shownScore = BigDecimal.ZERO;
                shownRatio = BigDecimal.ZERO;
            } else {
                // exact: no rounding until the score is shown
                score = points[i].exact.multiply(ratio);
                shownScore = null;
                shownRatio = achievement.shownRatio();
            }
            BigDecimal deduction = deduction(achievement, score);
            if (deduction.signum() != 0) {
                score = score.subtract(deduction);
                shownScore = null;
            }
            if (score == points[i].exact) {
                fullPoints = fullPoints.add(score);
            } else {
                products = products.add(score);
            }
            scores.add(new IndicatorScore(indicator.name(), points[i].category, points[i].shown, shownRatio,
                    shownScore != null ? shownScore : shown(score), deduction.signum() == 0 ? null : shown(deduction),
                    achievement.basis(), null));
        }
        BigDecimal indicatorScore = fullPoints.add(products);
        Total total = total(execution, indicatorScore, rate);
        return new TaskResult(task.name(), rate, execution, indicatorScore, total, scores);
    }

    /**
     * The points each indicator can earn: its category's points, scaled up where categories are missing so that
     * the indicators still carry all indicator points, then shared by weight where every indicator of the
     * category has one (in proportion to the weights) or else equally. Equal shares depend only on the category,
     * the categories present and their number of indicators, so they are computed once per profile.
     */
    private Points[] points(List<Indicator> indicators) {
        int n = indicators.size();
        Points[] points = new Points[n];
        Group[] groups = new Group[CATEGORIES.length];
        int present = 0;
        for (int i = 0; i < n; i++) {
            Indicator indicator = indicators.get(i);
            int c = category(indicator).ordinal();
            if (groups[c] == null) {
                groups[c] = new Group(n);
                present |= 1 << c;
            }
            groups[c].add(i, indicator.weight());
        }
        for (int c = 0; c < groups.length; c++) {
            Group group = groups[c];
            if (group == null) {
                continue;
            }
            if (group.weighted()) {
                BigDecimal scaled = categoryPoints(c, present);
                for (int k = 0; k < group.size; k++) {
                    BigDecimal exact = scaled.signum() == 0 ? BigDecimal.ZERO
                            : scaled.multiply(group.weights[k]).divide(group.weightSum, Achievement.MC);
                    points[group.members[k]] = new Points(CATEGORIES[c], exact, shown(exact));
                }
            } else {
                Points each = equalShare(c, present, group.size);
                for (int k = 0; k < group.size; k++) {
                    points[group.members[k]] = each;
                }
            }
        }
        return points;
    }

    /** A category's points with those of the missing categories shared out: points × all ÷ present. */
    private BigDecimal categoryPoints(int category, int present) {
        BigDecimal own = profile.categoryPoints().get(CATEGORIES[category]);
        BigDecimal presentPoints = presentPoints(present);
        if (own.signum() == 0 || presentPoints.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return own.multiply(profile.indicatorPoints()).divide(presentPoints, Achievement.MC);
    }

    private BigDecimal presentPoints(int present) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < CATEGORIES.length; c++) {
            if ((present & 1 << c) != 0) {
                sum = sum.add(profile.categoryPoints().get(CATEGORIES[c]));
            }
        }
        return sum;
    }

    private Points equalShare(int category, int present, int count) {
        if (count < TABLED) {
            int slot = (present * CATEGORIES.length + category) * TABLED + count;
            Points share = equalShareTable[slot];
            if (share == null) {
                share = newEqualShare(category, present, count);
                equalShareTable[slot] = share;
            }
            return share;
        }
        long key = ((long) count << 8) | ((long) present << 3) | category;
        return equalShares.computeIfAbsent(key, k -> newEqualShare(category, present, count));
    }

    private Points newEqualShare(int category, int present, int count) {
        BigDecimal own = profile.categoryPoints().get(CATEGORIES[category]);
        BigDecimal presentPoints = presentPoints(present);
        if (own.signum() == 0 || presentPoints.signum() == 0) {
            return new Points(CATEGORIES[category], BigDecimal.ZERO, BigDecimal.ZERO);
        }
        // one division: points × all ÷ (present × count)
        BigDecimal exact = own.multiply(profile.indicatorPoints())
                .divide(presentPoints.multiply(BigDecimal.valueOf(count)), Achievement.MC);
        return new Points(CATEGORIES[category], exact, shown(exact));
    }

    private IndicatorCategory category(Indicator indicator) {
        return profile.scoringCategory(indicator);
    }

    /** The over-achievement deduction of the profile, never more than the indicator's score. */
    private BigDecimal deduction(Achievement achievement, BigDecimal score) {
        ScoringProfile.OverAchievement rule = profile.overAchievement();
        if (rule == null) {
            return BigDecimal.ZERO;
        }
        if (!achievement.reachesPercentOfTarget(rule.atPercentOfTarget())) {
            return BigDecimal.ZERO;
        }
        return rule.deduction().min(score);
    }

    private Total total(BigDecimal execution, BigDecimal indicators, BigDecimal rate) {
        BigDecimal exact = execution.add(indicators);
        BigDecimal cap = profile.capAt(rate);
        if (cap != null && exact.compareTo(cap) > 0) {
            exact = cap;
        }
        return new Total(shown(exact), cap);
    }

    private BigDecimal executionPoints(BigDecimal rate) {
        if (rate == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal counted = rate.max(BigDecimal.ZERO).min(HUNDRED);
        return profile.executionPoints().multiply(counted).movePointLeft(2);
    }

    private static BigDecimal executionRate(Funds funds) {
        return funds == null ? null : executionRate(funds.budget(), funds.executed(), funds.executionRate());
    }

    private static BigDecimal executionRate(BigDecimal budget, BigDecimal executed, BigDecimal stated) {
        return stated != null ? stated : Money.exactRate(executed, budget);
    }

    /** Budgets where every key task states a positive total of them, else equal weights. */
    private static List<BigDecimal> weights(List<KeyTask> tasks) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean allStated = true;
        for (KeyTask task : tasks) {
            if (task.budget() == null || task.budget().signum() < 0) {
                allStated = false;
                break;
            }
            sum = sum.add(task.budget());
        }
        boolean byBudget = allStated && sum.signum() > 0;
        List<BigDecimal> weights = new ArrayList<>(tasks.size());
        for (KeyTask task : tasks) {
            weights.add(byBudget ? task.budget() : BigDecimal.ONE);
        }
        return weights;
    }

    /** A value as the score object shows it: half-up to two decimals. */
    static BigDecimal shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal shownRate(BigDecimal rate) {
        return rate == null ? null : shown(rate);
    }

    private record Total(BigDecimal shown, BigDecimal cap) {
    }

    /** The points an indicator can earn in its category, exact and as shown. */
    private record Points(IndicatorCategory category, BigDecimal exact, BigDecimal shown) {

        Points {
            shown = Decimals.canonical(shown);
        }
    }

    /** The indicators of one category of a key task, in order, with their weights: arrays, as there is one per task. */
    private static final class Group {

        int[] members;
        BigDecimal[] weights;
        int size;
        boolean allWeighted = true;
        BigDecimal weightSum = BigDecimal.ZERO;

        Group(int capacity) {
            members = new int[capacity];
            weights = new BigDecimal[capacity];
        }

        void add(int index, BigDecimal weight) {
            members[size] = index;
            weights[size] = weight;
            size++;
            if (weight == null || weight.signum() < 0) {
                allWeighted = false;
            } else {
                weightSum = weightSum.add(weight);
            }
        }

        boolean weighted() {
            return allWeighted && weightSum.signum() > 0;
        }
    }

    private final class TaskResult {

        final String name;
        final BigDecimal rate;
        final BigDecimal execution;
        final BigDecimal indicatorScore;
        final Total total;
        final List<IndicatorScore> indicators;

        TaskResult(String name, BigDecimal rate, BigDecimal execution, BigDecimal indicatorScore, Total total,
                List<IndicatorScore> indicators) {
            this.name = name;
            this.rate = rate;
            this.execution = execution;
            this.indicatorScore = indicatorScore;
            this.total = total;
            this.indicators = indicators;
        }

        KeyTaskScore toScore(BigDecimal shownWeightPercent) {
            Grade grade = profile.grade(total.shown);
            return new KeyTaskScore(name, total.shown, grade, shown(execution), shownRate(rate), shown(indicatorScore),
                    shownWeightPercent, total.cap, indicators, null);
        }
    }
}
