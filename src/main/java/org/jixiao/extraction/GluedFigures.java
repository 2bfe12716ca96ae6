package org.jixiao.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.extraction.Alignment.Type;
import org.jixiao.extraction.Cells.Cell;

/**
 * A row's figures run together (390390100% for 390 | 390 | 100%; 310.2154.741050%5 for 310.2 | 154.74 | 10 | 50%
 * | 5), split where exactly one split agrees with the row's columns: each piece a figure its column can hold (an
 * amount with at most two decimals, a rate ending in %, points up to 100), the execution rate equal to executed over
 * budget within half a point, the score no more than the points (and, where several splits remain, the score that the
 * points times the rate give, then, where a rate bore the amounts out, amounts printed to the same decimals). Where
 * no split or more than one agrees, the run is not read.
 */
final class GluedFigures {

    /** A run that cannot be one figure: two % or two decimal points, a % inside, or a rate no table states. */
    private static final Pattern RUN = Pattern.compile("^[\\d.%万元]+$");
    private static final Pattern AMOUNT = Pattern.compile("^(?:0|[1-9]\\d{0,9})(?:\\.\\d{1,2})?(?:万元|万|元)?$");
    private static final Pattern RATE = Pattern.compile("^(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?%$");
    private static final Pattern POINTS = Pattern.compile("^(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?$");
    private static final Pattern INDEX = Pattern.compile("^[1-9]\\d?$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_SOLUTIONS = 64;

    /** What a column of the row is, for the split: its type, and which figure of the funds it is. */
    enum Part { BUDGET, EXECUTED, RATE, WEIGHT, SCORE, OTHER }

    record Column(Type type, Part part) {
    }

    private GluedFigures() {
    }

    /** Whether the cell holds figures run together rather than one figure. */
    static boolean isGlued(String text) {
        if (!RUN.matcher(text).matches()) {
            return false;
        }
        int percents = text.length() - text.replace("%", "").length();
        int points = text.length() - text.replace(".", "").length();
        String oneUnit = text.replace("万元", "元"); // 万元 is one unit, not two
        int units = oneUnit.length() - oneUnit.replace("万", "").replace("元", "").length();
        if (units > 0) {
            return units > 1 || !text.endsWith("元") && !text.endsWith("万");
        }
        if (percents > 1 || points > 1 || (percents == 1 && !text.endsWith("%"))) {
            return true;
        }
        if (percents == 1) {
            String number = text.substring(0, text.length() - 1);
            return number.isEmpty() || number.startsWith(".") || new BigDecimal(number).compareTo(BigDecimal.valueOf(1000)) > 0;
        }
        return false;
    }

    /** The run split under the columns, left to right from the first; null where not exactly one split agrees. */
    static List<Cell> split(Cell run, List<Column> columns) {
        List<int[]> solutions = new ArrayList<>();
        search(run.text(), 0, columns, 0, new ArrayList<>(), solutions);
        List<int[]> agreeing = new ArrayList<>();
        for (int[] cuts : solutions) {
            if (consistent(run.text(), cuts, columns, false)) {
                agreeing.add(cuts);
            }
        }
        // of several, the one whose score the points times the rate give, then the one with the fewest zeros (a
        // zero cut off a run, 3903901 | 0 | 0%, is less likely than 390 | 390 | 100%)
        int[] best = null;
        int bestRank = Integer.MAX_VALUE;
        boolean tie = false;
        for (int[] cuts : agreeing) {
            int rank = (consistent(run.text(), cuts, columns, true) ? 0 : 100) + 10 * (ratedSplit(cuts, columns) ? unevenDecimals(run.text(), cuts, columns) : 0)
                    + zeros(run.text(), cuts);
            if (rank < bestRank) {
                best = cuts;
                bestRank = rank;
                tie = false;
            } else if (rank == bestRank) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        int[] cuts = best;
        List<Cell> pieces = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            pieces.add(new Cell(run.start() + from, run.start() + cut, run.text().substring(from, cut), run.row()));
            from = cut;
        }
        return pieces;
    }

    /** Whether the split holds a rate, which its amounts bore out: only then may their decimals choose among splits. */
    private static boolean ratedSplit(int[] cuts, List<Column> columns) {
        for (int k = 0; k < cuts.length; k++) {
            if (columns.get(k).part() == Part.RATE) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many amounts have other decimals than most of the row's: a table prints its amounts alike (2456.18 |
     * 2456.18 | 2456.18, not 2456.1 | 82456.1 | 82456.18).
     */
    private static int unevenDecimals(String text, int[] cuts, List<Column> columns) {
        Map<Integer, Integer> counts = new HashMap<>();
        List<Integer> decimals = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < cuts.length; k++) {
            if (columns.get(k).type() == Type.MONEY) {
                String piece = text.substring(from, cuts[k]).replaceAll("[万元]", "");
                int dot = piece.indexOf('.');
                int d = dot < 0 ? 0 : piece.length() - dot - 1;
                decimals.add(d);
                counts.merge(d, 1, Integer::sum);
            }
            from = cuts[k];
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return decimals.size() - most;
    }

    private static int zeros(String text, int[] cuts) {
        int zeros = 0;
        int from = 0;
        for (int cut : cuts) {
            if (new BigDecimal(text.substring(from, cut).replaceAll("[%万元]", "")).signum() == 0) {
                zeros++;
            }
            from = cut;
        }
        return zeros;
    }

    /** Every way to cut the text into pieces that fit the columns in order; cuts are the pieces' ends. */
    private static void search(String text, int at, List<Column> columns, int column, List<Integer> cuts,
            List<int[]> solutions) {
        if (solutions.size() >= MAX_SOLUTIONS) {
            return;
        }
        if (at == text.length()) {
            if (cuts.size() >= 2) {
                solutions.add(cuts.stream().mapToInt(Integer::intValue).toArray());
            }
            return;
        }
        if (column >= columns.size()) {
            return;
        }
        for (int end = at + 1; end <= Math.min(text.length(), at + 13); end++) {
            if (fits(columns.get(column).type(), text.substring(at, end))) {
                cuts.add(end);
                search(text, end, columns, column + 1, cuts, solutions);
                cuts.remove(cuts.size() - 1);
            }
        }
    }

    private static boolean fits(Type type, String piece) {
        return switch (type) {
            case MONEY -> AMOUNT.matcher(piece).matches();
            case RATE -> RATE.matcher(piece).matches();
            case POINTS -> POINTS.matcher(piece).matches() && new BigDecimal(piece).compareTo(HUNDRED) <= 0;
            case INDEX -> INDEX.matcher(piece).matches();
            default -> false;
        };
    }

    /** The figures agree: rate = executed / budget within a point, score ≤ points (strict: score = points × rate). */
    private static boolean consistent(String text, int[] cuts, List<Column> columns, boolean strict) {
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        BigDecimal weight = null;
        BigDecimal score = null;
        int from = 0;
        for (int k = 0; k < cuts.length; k++) {
            BigDecimal value = new BigDecimal(text.substring(from, cuts[k]).replaceAll("[%万元]", ""));
            switch (columns.get(k).part()) {
                case BUDGET -> budget = value;
                case EXECUTED -> executed = value;
                case RATE -> rate = value;
                case WEIGHT -> weight = value;
                case SCORE -> score = value;
                default -> {
                }
            }
            from = cuts[k];
        }
        if (budget != null && executed != null && rate != null) {
            if (budget.signum() == 0) {
                if (executed.signum() != 0 || rate.signum() != 0) {
                    return false;
                }
            } else if (executed.multiply(HUNDRED).divide(budget, 4, RoundingMode.HALF_UP).subtract(rate).abs()
                    .compareTo(HALF) > 0 || (rate.signum() == 0) != (executed.signum() == 0)) {
                return false; // the rate as printed, within half a point; nothing spent is 0 %, and 0 % nothing spent
            }
        } else if (rate != null && (budget == null || executed == null)) {
            return false; // a rate alone can be cut many ways: only a rate that its amounts bear out is read
        }
        if (weight != null && score != null && score.compareTo(weight) > 0) {
            return false;
        }
        if (strict && weight != null && score != null && rate != null) {
            BigDecimal expected = weight.multiply(rate.min(HUNDRED)).divide(HUNDRED, 4, RoundingMode.HALF_UP);
            return expected.subtract(score).abs().compareTo(BigDecimal.ONE) <= 0;
        }
        return true;
    }
}
