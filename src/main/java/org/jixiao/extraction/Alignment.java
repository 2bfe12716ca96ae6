package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Puts a row's cells under its table's columns where the row does not say which is which: flattened tables drop
 * empty cells (其中桃树种植面积 | 1.5亩 | 1.5亩 under 分值 | 年度指标值 | 实际值 | 得分), and a text may end in the
 * middle of a row. Cells keep their order; each goes under a column whose kind of value it can be (a percentage is
 * no 分值, a figure with a unit no 得分); columns left without a cell cost what it costs to leave them empty (a
 * budget column more than a column of 统筹整合资金, columns at the row's end least, since a row ends early where
 * its last cells are empty or the text is cut). Of the cheapest placings, a column gets a cell only where all of
 * them agree on what it holds: a figure that could stand under two columns is left empty rather than guessed.
 */
final class Alignment {

    /** What a column holds, which decides which cells may stand under it. */
    enum Type {
        /** an amount: a bare figure, or one in 万元/元 */
        MONEY,
        /** a rate: a percentage, or a bare figure */
        RATE,
        /** 分值, 权重, 得分: a bare figure up to 100 */
        POINTS,
        /** a target or an actual value: a figure with or without unit, a date, words */
        VALUE,
        /** an explanation in words */
        TEXT,
        /** a row number (行次) */
        INDEX,
        /** a unit of measure (计量单位) */
        UNIT,
        /** 指标性质: ≥, ≤, =, 定性, 正向 … */
        NATURE
    }

    /** A column: what it holds and what leaving it empty costs (1 normal, more for a column a row seldom lacks). */
    record Column(Type type, double emptyCost) {
    }

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,2}$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:-+|—+|－+|/|／|\\\\|无|空|/+)$");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:\\.\\d+)?$");
    private static final Pattern AMOUNT = Pattern.compile("^-?\\d+(?:\\.\\d+)?(?:万元|万|元|亿元)?$");
    private static final Pattern PERCENT = Pattern.compile("^-?\\d+(?:\\.\\d+)?%$");
    private static final Pattern POINTS = Pattern.compile("^\\d{1,3}(?:\\.\\d+)?分?$");
    private static final Pattern NATURE = Pattern.compile("^(?:≥|≤|>|<|=|>=|<=|定性|定量|正向|反向|正向指标|反向指标|≥/≤)$");
    private static final double DROP_CELL = 3;
    private static final double TRAILING = 0.3;
    private static final double EXTRA_CELL = 1;
    /** A rate written without % is read as one only where the row leaves no doubt (every other column filled). */
    private static final double BARE_RATE = 1.2;
    private static final int MAX_SOLUTIONS = 256;

    private final List<String> cells;
    private final List<Column> columns;
    private final double[][] best;
    private final List<int[]> solutions = new ArrayList<>();

    private Alignment(List<String> cells, List<Column> columns) {
        this.cells = cells;
        this.columns = columns;
        this.best = new double[cells.size() + 1][columns.size() + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NaN);
        }
    }

    /**
     * For each column, the index of the cell under it, or -1 where no cell is, or where the cheapest placings
     * disagree. A placeholder cell (-, —, 无, /) stands under a column but holds nothing.
     */
    static int[] of(List<String> cells, List<Column> columns) {
        return of(cells, columns, placing -> false);
    }

    /**
     * As {@link #of(List, List)}, where the row can check a placing itself: of the cheapest placings, those it
     * confirms decide alone (a funds row's executed over its budget that gives its printed rate). Where it confirms
     * none, all decide.
     */
    static int[] of(List<String> cells, List<Column> columns, Predicate<int[]> confirms) {
        Alignment a = new Alignment(cells, columns);
        a.cost(0, 0);
        a.collect(0, 0, new int[columns.size()], 0);
        List<int[]> confirmed = a.solutions.stream().filter(confirms).toList();
        if (!confirmed.isEmpty() && confirmed.size() < a.solutions.size()) {
            a.solutions.retainAll(confirmed);
        }
        return a.agreed();
    }

    static boolean isPlaceholder(String cell) {
        return cell.isEmpty() || PLACEHOLDER.matcher(cell).matches();
    }

    /** What it costs to put the cell under a column of this type, or infinity where it cannot stand there. */
    static double fit(Type type, String cell) {
        if (isPlaceholder(cell)) {
            return 0;
        }
        String c = cell.replace(",", "");
        return switch (type) {
            case MONEY -> AMOUNT.matcher(c).matches() ? 0 : Double.POSITIVE_INFINITY;
            case RATE -> (PERCENT.matcher(c).matches() || NUMBER.matcher(c).matches())
                    && new BigDecimal(c.replace("%", "")).compareTo(BigDecimal.valueOf(1000)) <= 0
                    ? (c.endsWith("%") ? 0 : BARE_RATE) : Double.POSITIVE_INFINITY;
            case POINTS -> POINTS.matcher(c).matches() && new BigDecimal(c.replace("分", "")).compareTo(BigDecimal.valueOf(100)) <= 0
                    ? 0 : Double.POSITIVE_INFINITY;
            case VALUE -> 0;
            case TEXT -> NUMBER.matcher(c).matches() || PERCENT.matcher(c).matches() ? Double.POSITIVE_INFINITY : 0;
            case INDEX -> ROW_NUMBER.matcher(c).matches() ? 0 : Double.POSITIVE_INFINITY;
            case UNIT -> Units.isUnit(c) || (c.length() <= 4 && !HAS_DIGIT.matcher(c).matches()) ? 0 : Double.POSITIVE_INFINITY;
            case NATURE -> NATURE.matcher(c).matches() ? 0 : Double.POSITIVE_INFINITY;
        };
    }

    private double cost(int i, int j) {
        if (!Double.isNaN(best[i][j])) {
            return best[i][j];
        }
        double result;
        if (i == cells.size()) {
            result = 0;
            for (int k = j; k < columns.size(); k++) {
                result += TRAILING * columns.get(k).emptyCost();
            }
        } else if (j == columns.size()) {
            result = EXTRA_CELL * (cells.size() - i); // cells past the last column: one the header did not name
        } else {
            double place = fit(columns.get(j).type(), cells.get(i)) + cost(i + 1, j + 1);
            double skip = columns.get(j).emptyCost() + cost(i, j + 1);
            double drop = DROP_CELL + cost(i + 1, j);
            result = Math.min(place, Math.min(skip, drop));
        }
        best[i][j] = result;
        return result;
    }

    private void collect(int i, int j, int[] placed, int depth) {
        if (solutions.size() >= MAX_SOLUTIONS) {
            return;
        }
        if (i == cells.size() && j == columns.size() || i == cells.size()) {
            int[] solution = placed.clone();
            for (int k = j; k < columns.size(); k++) {
                solution[k] = -1;
            }
            solutions.add(solution);
            return;
        }
        double target = cost(i, j);
        if (j == columns.size()) {
            solutions.add(placed.clone());
            return;
        }
        double place = fit(columns.get(j).type(), cells.get(i)) + cost(i + 1, j + 1);
        if (near(place, target)) {
            placed[j] = i;
            collect(i + 1, j + 1, placed, depth + 1);
        }
        double skip = columns.get(j).emptyCost() + cost(i, j + 1);
        if (near(skip, target)) {
            placed[j] = -1;
            collect(i, j + 1, placed, depth + 1);
        }
        double drop = DROP_CELL + cost(i + 1, j);
        if (near(drop, target)) {
            collect(i + 1, j, placed, depth + 1);
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }

    /** Per column, the cell all cheapest placings put there (or the same text from equal cells), else -1. */
    private int[] agreed() {
        int[] result = new int[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            int chosen = solutions.isEmpty() ? -1 : solutions.get(0)[j];
            for (int[] solution : solutions) {
                int other = solution[j];
                if (other == chosen) {
                    continue;
                }
                if (other >= 0 && chosen >= 0 && cells.get(other).equals(cells.get(chosen))) {
                    continue;
                }
                chosen = -1;
                break;
            }
            result[j] = chosen >= 0 && isPlaceholder(cells.get(chosen)) ? -1 : chosen;
        }
        return result;
    }
}
