package org.jixiao.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Decimals;
import org.jixiao.document.FundSource;
import org.jixiao.extraction.Alignment.Column;
import org.jixiao.extraction.Alignment.Type;
import org.jixiao.extraction.Cells.Cell;
import org.jixiao.extraction.HeaderWords.Role;

/**
 * The funds of a form (资金投入情况, 预算执行情况, 项目资金), read from its cells: the header's words give the columns
 * in the form's own order (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 预算数(A) | 执行数(B) | 执行率 |
 * 得分, or 全年预算数 | 统筹整合资金数 | … | 全年执行资金 | 预算执行), then each row's label (年度资金总额, 其中：财政拨款,
 * 上年结转资金, 其他资金) and the figures after it, placed under the columns by {@link Alignment}. A form that writes
 * each figure after its own label (预算数： | 2.38 | 执行数： | 2.38) is read label by label.
 */
final class FundsCells {

    private static final Pattern TOTAL = Pattern.compile(
            "^(?:年度|全年)?(?:财政)?(?:资金|项目资金)?(?:总额|总金额|合计|总计)(?:\\(万元\\))?[:：]?$|^资金总额|^年度资金总额|^年度财政资金总额|^年度总金额|^合计|^总计");
    private static final Pattern AMOUNT_UNIT = Pattern.compile("万元|\\(元\\)|单位[:：]?元|（元）");
    private static final int WINDOW = 14;

    private FundsCells() {
    }

    /** Reads the first funds table among the cells into the figures; returns the cell index after it, or -1. */
    static int read(List<Cell> cells, SourceText source, StatedReport report, StatedReport.Figures figures) {
        for (int i = 0; i < cells.size(); i++) {
            if (!isBudgetWord(cells.get(i).text())) {
                continue;
            }
            List<Integer> header = new ArrayList<>();
            List<Role> roles = new ArrayList<>();
            int end = header(cells, i, header, roles);
            if (roles.size() < 2 || !(roles.contains(Role.BUDGET) || roles.contains(Role.EXECUTED))) {
                continue;
            }
            Amounts.Unit unit = unit(cells, header.get(0));
            if (pairs(cells, header)) {
                labelled(cells, header, roles, figures, unit, source, report);
                rateAfterPairs(cells, header, roles, figures);
                checkRate(figures, source, report);
                return end;
            }
            int after = rows(cells, end, roles, figures, unit, source, report);
            if (figures.hasTotals() || !figures.sources.isEmpty()) {
                byNature(cells, end, source, unit, figures);
                return after;
            }
            // words of funds in a sentence before the form: the form's own header is further on
        }
        return -1;
    }

    /**
     * A department's form gives its spending by nature beside its funds row (按支出性质分：1925.67 | 其中：基本支出：
     * 900.47 | 项目支出：1025.20): each part read where its word and figure stand together, up to the goals.
     */
    private static void byNature(List<Cell> cells, int from, SourceText source, Amounts.Unit unit,
            StatedReport.Figures figures) {
        for (int i = from; i < Math.min(cells.size(), from + 3 * WINDOW); i++) {
            if (!cells.get(i).text().startsWith("按支出性质分")) {
                continue;
            }
            String folded = source.folded();
            int start = cells.get(i).start();
            int end = Math.min(folded.length(), start + 240);
            int goals = folded.indexOf("目标", start);
            if (goals > 0 && goals < end) {
                end = goals;
            }
            Matcher m = NATURE_PART.matcher(folded).region(start, end);
            while (m.find()) {
                Value<BigDecimal> amount = Value.of(Amounts.cellNumber(m.group(2), unit), m.start(2), m.end(2));
                if (amount.value() == null) {
                    continue;
                }
                if (m.group(1).equals("基本支出")) {
                    figures.basic = StatedReport.first(figures.basic, amount);
                } else {
                    figures.project = StatedReport.first(figures.project, amount);
                }
            }
            return;
        }
    }

    private static final Pattern NATURE_PART = Pattern.compile("(基本支出|项目支出)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)(?![\\d.])");

    private static boolean isBudgetWord(String text) {
        Role role = HeaderWords.funds(text);
        return role == Role.BUDGET || role == Role.INITIAL || role == Role.EXECUTED || role == Role.INDEX;
    }

    /** The header's cells from {@code start}: funds words, with a few other cells between them; returns the end. */
    private static int header(List<Cell> cells, int start, List<Integer> header, List<Role> roles) {
        int gap = 0;
        int i = start;
        int end = start;
        for (; i < cells.size() && gap <= 2; i++) {
            Role role = HeaderWords.funds(cells.get(i).text());
            if (role != null && !roles.contains(role) || role == Role.OTHER_MONEY || role == Role.OTHER_RATE
                    || role == Role.NOTE) {
                header.add(i);
                roles.add(role);
                gap = 0;
                end = i + 1;
            } else if (role != null && roles.indexOf(role) == 0 && roles.size() <= 2) {
                // the first word was the title over the columns (年度预算数(万元) over 年初预算 | 调整后预算数 …)
                header.remove(0);
                roles.remove(0);
                header.add(i);
                roles.add(role);
                gap = 0;
                end = i + 1;
            } else if (role != null) {
                break; // a word again: a second header, or the rows' labels
            } else if (!cells.get(i).text().matches("^[-\\d.,%万元]+$")) {
                gap++;
            } else if (!header.isEmpty() && header.get(header.size() - 1) == i - 1
                    && i + 1 < cells.size() && HeaderWords.funds(cells.get(i + 1).text()) != null) {
                continue; // a word's own figure, and another word after it: 预算数 6.84 到位数 6.84 执行数 6.84
            } else if (header.size() >= 2) {
                break;
            } else {
                gap++;
            }
        }
        return end;
    }

    /** Whether each header word is followed by its own figure: 预算数： | 2.38 | 执行数： | 2.38. */
    private static boolean pairs(List<Cell> cells, List<Integer> header) {
        for (int h : header) {
            if (h + 1 >= cells.size() || !isFigure(figure(cells.get(h + 1).text()))
                    || Alignment.isPlaceholder(cells.get(h + 1).text())) {
                return false;
            }
        }
        return header.size() >= 2;
    }

    private static void labelled(List<Cell> cells, List<Integer> header, List<Role> roles, StatedReport.Figures figures,
            Amounts.Unit unit, SourceText source, StatedReport report) {
        for (int k = 0; k < header.size(); k++) {
            Cell value = cells.get(header.get(k) + 1);
            Cell figure = new Cell(value.start(), value.end(), figure(value.text()), value.row());
            Role role = roles.get(k);
            if ((role == Role.BUDGET || role == Role.INITIAL || role == Role.EXECUTED) && amount(figure, unit) == null) {
                report.uncertain(source, "funds", value.start(), "“" + value.text() + "”不是一个可读的金额");
                continue;
            }
            assign(figures, role, figure, unit);
        }
    }

    /**
     * The rate standing alone after the pairs on their row, under a rate's word in the header row above
     * (预算执行进度(%) over 预算数 6.84 到位数 6.84 执行数 6.84 100.00, or 预算执行率 over 预算数: | 95 | 执行数: | 82.65 | 87%).
     */
    private static void rateAfterPairs(List<Cell> cells, List<Integer> header, List<Role> roles,
            StatedReport.Figures figures) {
        int last = header.get(header.size() - 1) + 2;
        // (a table one cell a line puts it on the next line: there it says it is a rate, 87%)
        if (roles.contains(Role.RATE) || last >= cells.size() || !isFigure(cells.get(last).text())
                || cells.get(last).row() != cells.get(last - 1).row() && !cells.get(last).text().endsWith("%")) {
            return;
        }
        for (int i = Math.max(0, header.get(0) - 8); i < header.get(0); i++) {
            if (HeaderWords.funds(cells.get(i).text()) == Role.RATE && cells.get(i).row() < cells.get(last).row()) {
                assign(figures, Role.RATE, cells.get(last), Amounts.Unit.WAN);
                return;
            }
        }
    }

    private static int rows(List<Cell> cells, int from, List<Role> roles, StatedReport.Figures figures,
            Amounts.Unit unit, SourceText text, StatedReport report) {
        List<Column> columns = new ArrayList<>();
        for (Role role : roles) {
            columns.add(column(role));
        }
        int i = from;
        boolean totalRead = false;
        int rowsRead = 0;
        while (i < cells.size() && rowsRead < 8) {
            String label = cells.get(i).text();
            if (isEnd(label)) {
                break;
            }
            // (only under a table's header of three columns or more: after two words of a sentence, no row)
            boolean unlabelled = i == from && isFigure(label) && !totalRead && roles.size() >= 3;
            List<Cell> values = new ArrayList<>();
            int n = unlabelled ? i : i + 1;
            while (n < cells.size() && isFigure(cells.get(n).text())) {
                values.add(cells.get(n));
                n++;
            }
            // figures right under the header, without a label: the total's row of a sheet flattened out of order
            boolean isTotal = unlabelled || TOTAL.matcher(label).find();
            FundSource source = unlabelled ? null : source(label);
            if (!unlabelled && isFigure(label)) {
                i++;
                continue; // a stray figure, as a row number
            }
            if (!isTotal && source == null) {
                i = values.isEmpty() ? i + 1 : n;
                continue; // another row (列次 0 1 2 …, 地方财政资金) or a note such as (万元)
            }
            rowsRead++;
            values = unglued(values, roles, text, report);
            List<Cell> row = values;
            List<String> texts = values.stream().map(Cell::text).toList();
            int[] placed = Alignment.of(texts, columns);
            if (!placedUnder(placed, roles, Role.BUDGET) || !placedUnder(placed, roles, Role.EXECUTED)) {
                // an amount not placed for certain: the printed rate may tell which placing is meant
                placed = Alignment.of(texts, columns, placing -> rateAgrees(row, roles, placing, unit));
            }
            if (isTotal) {
                for (int k = 0; k < roles.size(); k++) {
                    if (placed[k] >= 0) {
                        assign(figures, roles.get(k), values.get(placed[k]), unit);
                    }
                }
                checkRate(figures, text, report);
                totalRead = true;
            } else if (source != null) {
                Value<BigDecimal> budget = null;
                Value<BigDecimal> executed = null;
                for (int k = 0; k < roles.size(); k++) {
                    if (placed[k] < 0) {
                        continue;
                    }
                    if (roles.get(k) == Role.BUDGET) {
                        budget = amount(values.get(placed[k]), unit);
                    } else if (roles.get(k) == Role.EXECUTED) {
                        executed = amount(values.get(placed[k]), unit);
                    }
                }
                figures.source(source, budget, executed);
            }
            i = n;
        }
        return i;
    }

    private static boolean placedUnder(int[] placed, List<Role> roles, Role role) {
        int k = roles.indexOf(role);
        return k >= 0 && placed[k] >= 0;
    }

    /**
     * Whether a placing of a row's figures puts an executed amount over a budget that gives the rate it places (two
     * amounts under three columns of money: 32.4 | 31.69 | 97.80% leave 年初预算数 empty, not 全年执行数).
     */
    private static boolean rateAgrees(List<Cell> values, List<Role> roles, int[] placing, Amounts.Unit unit) {
        Value<BigDecimal> budget = null;
        Value<BigDecimal> executed = null;
        Value<BigDecimal> rate = null;
        for (int k = 0; k < roles.size(); k++) {
            if (placing[k] < 0 || Alignment.isPlaceholder(values.get(placing[k]).text())) {
                continue;
            }
            if (roles.get(k) == Role.INITIAL) {
                return false; // the rate speaks for 全年预算数 and 执行数: the column it leaves empty is 年初预算数
            }
            Cell cell = values.get(placing[k]);
            switch (roles.get(k)) {
                case BUDGET -> budget = amount(cell, unit);
                case EXECUTED -> executed = amount(cell, unit);
                case RATE -> rate = rate(cell);
                default -> { }
            }
        }
        return budget != null && executed != null && rate != null
                && rateAgrees(executed.value(), budget.value(), rate.value());
    }

    /** Whether executed over budget gives the printed rate, as closely as it is printed; false where one is missing. */
    static boolean rateAgrees(BigDecimal executed, BigDecimal budget, BigDecimal rate) {
        if (budget == null || executed == null || rate == null || budget.signum() == 0) {
            return false;
        }
        BigDecimal computed = executed.multiply(BigDecimal.valueOf(100)).divide(budget, 4, RoundingMode.HALF_UP);
        // as closely as the rate is printed: 98% within half a point, 0.9% or 97.80% within 0.05
        BigDecimal within = rate.scale() <= 0 ? new BigDecimal("0.5") : new BigDecimal("0.05");
        return computed.subtract(rate).abs().compareTo(within) <= 0;
    }

    /**
     * The row's figures with those run together split under their columns ({@link GluedFigures}); a run that
     * splits no single way is left out, with a warning naming its line.
     */
    private static List<Cell> unglued(List<Cell> values, List<Role> roles, SourceText source, StatedReport report) {
        List<Cell> out = new ArrayList<>();
        int column = 0;
        for (Cell value : values) {
            if (!GluedFigures.isGlued(value.text())) {
                out.add(value);
                column++;
                continue;
            }
            List<Cell> pieces = column < roles.size()
                    ? GluedFigures.split(value, gluedColumns(roles.subList(column, roles.size()), roles)) : null;
            if (pieces == null) {
                report.uncertain(source, "funds", value.start(), "“" + value.text() + "”是连在一起的几个数字，无法确定如何拆分");
                continue;
            }
            out.addAll(pieces);
            column += pieces.size();
        }
        return out;
    }

    private static List<GluedFigures.Column> gluedColumns(List<Role> from, List<Role> all) {
        boolean budgetColumn = all.contains(Role.BUDGET);
        List<GluedFigures.Column> columns = new ArrayList<>();
        for (Role role : from) {
            GluedFigures.Part part = switch (role) {
                case BUDGET -> GluedFigures.Part.BUDGET;
                case INITIAL -> budgetColumn ? GluedFigures.Part.OTHER : GluedFigures.Part.BUDGET;
                case EXECUTED -> GluedFigures.Part.EXECUTED;
                case RATE -> GluedFigures.Part.RATE;
                case WEIGHT -> GluedFigures.Part.WEIGHT;
                case SCORE -> GluedFigures.Part.SCORE;
                default -> GluedFigures.Part.OTHER;
            };
            columns.add(new GluedFigures.Column(column(role).type(), part));
        }
        return columns;
    }

    /**
     * A rate written without % that is not executed over budget (within a point) is some other column's figure
     * (the row's score, where its own rate stands elsewhere): dropped, with a warning naming its line.
     */
    private static void checkRate(StatedReport.Figures f, SourceText source, StatedReport report) {
        BigDecimal rate = f.computedRate();
        if (f.rate == null || rate == null || source.folded().substring(f.rate.start(), f.rate.end()).contains("%")) {
            return;
        }
        BigDecimal percent = f.rate.value().movePointRight(2);
        if (f.rate.value().compareTo(BigDecimal.valueOf(2)) < 0 && f.rate.value().scale() >= 2
                && rate.subtract(percent).abs().compareTo(BigDecimal.ONE) <= 0) {
            // a rate printed as a fraction (0.958): the same figure as 95.8%
            f.rate = Value.of(Decimals.canonical(percent), f.rate.start(), f.rate.end());
            return;
        }
        if (rate.subtract(f.rate.value()).abs().compareTo(BigDecimal.ONE) > 0) {
            report.uncertain(source, "funds.executionRate", f.rate.start(), "执行率读作 " + f.rate.value().toPlainString()
                    + "，与执行数 ÷ 预算数不符，可能取自别的单元格");
            f.rate = null;
        }
    }

    private static boolean isEnd(String label) {
        return label.contains("目标") || label.contains("指标") || label.startsWith("资金管理") || label.contains("管理情况")
                || label.contains("情况说明") || label.startsWith("一级") || label.contains("绩效");
    }

    private static Column column(Role role) {
        return switch (role) {
            case INITIAL -> new Column(Type.MONEY, 1);
            case BUDGET, EXECUTED -> new Column(Type.MONEY, 2);
            case RATE -> new Column(Type.RATE, 1.5);
            case OTHER_RATE -> new Column(Type.RATE, 1);
            case WEIGHT, SCORE -> new Column(Type.POINTS, 1);
            case INDEX -> new Column(Type.INDEX, 3); // a row number is never left out
            case NOTE -> new Column(Type.TEXT, 0.5);
            default -> new Column(Type.MONEY, 1);
        };
    }

    /** A figure's cell without the clause's punctuation a sentence split at its words leaves on it (80万元，). */
    private static String figure(String text) {
        return text.replaceAll("[，,；;。]+$", "");
    }

    private static boolean isFigure(String text) {
        return Alignment.isPlaceholder(text) || text.replace(",", "").matches("^-?\\d+(?:\\.\\d+)?(?:%|万元|万|元)?$")
                || GluedFigures.isGlued(text);
    }

    private static void assign(StatedReport.Figures figures, Role role, Cell cell, Amounts.Unit unit) {
        switch (role) {
            case BUDGET -> figures.budget = StatedReport.first(figures.budget, amount(cell, unit));
            case INITIAL -> figures.initialBudget = StatedReport.first(figures.initialBudget, amount(cell, unit));
            case EXECUTED -> figures.executed = StatedReport.first(figures.executed, amount(cell, unit));
            case RATE -> figures.rate = StatedReport.first(figures.rate, rate(cell));
            default -> {
            }
        }
    }

    private static Value<BigDecimal> amount(Cell cell, Amounts.Unit unit) {
        String text = cell.text();
        if (text.endsWith("%")) {
            return null;
        }
        if (text.endsWith("万") && !text.endsWith("万元")) {
            text = text + "元";
        }
        return Value.of(Amounts.cellNumber(text, unit), cell.start(), cell.end());
    }

    private static Value<BigDecimal> rate(Cell cell) {
        String text = cell.text().replace("%", "");
        if (!text.matches("^-?\\d+(?:\\.\\d+)?$")) {
            return null;
        }
        return Value.of(new BigDecimal(text), cell.start(), cell.end());
    }

    private static FundSource source(String label) {
        String l = label.replace("其中:", "").replace("其中：", "").replace("其中", "");
        if (l.contains("上年结转") || l.contains("以前年度结转")) {
            return FundSource.PRIOR_YEAR_CARRYOVER;
        }
        if (l.contains("政府性基金")) {
            return FundSource.GOVERNMENT_FUND;
        }
        if (l.contains("国有资本")) {
            return FundSource.STATE_CAPITAL;
        }
        if (l.contains("财政拨款") || l.contains("一般公共预算")) {
            return FundSource.GENERAL_PUBLIC_BUDGET;
        }
        if (l.startsWith("其他资金") || l.equals("其他")) {
            return FundSource.OTHER;
        }
        return null;
    }

    /**
     * 元 where the table says its amounts are in 元 (资金(元), 单位：元), else 万元: the nearest word to the header
     * decides, looked for over the funds part of the form (a sheet written out of order puts 项目资金(元) after the
     * figures).
     */
    private static Amounts.Unit unit(List<Cell> cells, int header) {
        int end = Math.min(cells.size(), header + WINDOW * 3);
        for (int d = 0; d < end; d++) {
            for (int i : new int[] {header - d, header + d}) {
                if (i < 0 || i >= end || i < header - 6) {
                    continue;
                }
                String text = cells.get(i).text();
                if (d > WINDOW && (text.contains("目标") || text.contains("指标"))) {
                    return Amounts.Unit.WAN;
                }
                Matcher m = AMOUNT_UNIT.matcher(text);
                if (m.find()) {
                    return m.group().contains("万") ? Amounts.Unit.WAN : Amounts.Unit.YUAN;
                }
            }
        }
        return Amounts.Unit.WAN;
    }
}
