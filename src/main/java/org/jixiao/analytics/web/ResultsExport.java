package org.jixiao.analytics.web;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.rendering.TableWorkbook;
import org.springframework.stereotype.Component;

/**
 * The results application's table as an Excel workbook, in the user's language: an evaluation with too little to
 * score has no score and no grade but says why, and its advice is to complete its indicators.
 */
@Component
class ResultsExport {

    private static final List<String> COLUMNS = List.of("col.unit", "col.budget", "dashboard.score", "dashboard.grade",
            "results.action", "results.advised", "results.reason");

    private final ScoreTexts texts;

    ResultsExport(ScoreTexts texts) {
        this.texts = texts;
    }

    byte[] workbook(List<ResultsApplication.Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsApplication.Line line : lines) {
            DashboardRow row = line.row();
            List<Object> cells = new ArrayList<>();
            cells.add(row.title());
            cells.add(row.budget() == null ? "" : row.budget());
            cells.add(row.totalScore() == null ? "" : row.totalScore());
            cells.add(line.advice().grade() != null ? line.advice().grade().label()
                    : texts.notScorable(row.notScorable(), row.kind()));
            cells.add(line.advice().action().label());
            cells.add(line.advice().advisedBudget() == null ? "" : line.advice().advisedBudget());
            cells.add(line.advice().reason());
            rows.add(cells);
        }
        return TableWorkbook.write(texts.message("results.title"), COLUMNS.stream().map(texts::message).toList(), rows);
    }
}
