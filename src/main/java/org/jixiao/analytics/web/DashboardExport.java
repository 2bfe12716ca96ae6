package org.jixiao.analytics.web;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.rendering.TableWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboard table as an Excel workbook, in the user's language, numbers as numbers. An evaluation with too
 * little to score has no score and says why in its grade's cell; the score a report states for itself has columns
 * of its own.
 */
@Component
class DashboardExport {

    private static final List<String> COLUMNS = List.of("col.unit", "col.kind", "col.budget", "col.executed",
            "col.rate", "dashboard.score", "dashboard.grade", "stated.total", "stated.grade", "dashboard.errors",
            "dashboard.warnings", "dashboard.completion", "col.status");

    private final MessageSource messages;
    private final ScoreTexts scores;

    DashboardExport(MessageSource messages, ScoreTexts scores) {
        this.messages = messages;
        this.scores = scores;
    }

    byte[] workbook(List<DashboardRow> rows) {
        List<String> headers = COLUMNS.stream().map(this::message).toList();
        List<List<Object>> cells = new ArrayList<>();
        for (DashboardRow row : rows) {
            List<Object> line = new ArrayList<>();
            line.add(row.title());
            line.add(message("kind." + row.kind()));
            line.add(row.budget());
            line.add(row.executed());
            line.add(row.executionRate());
            line.add(row.totalScore());
            line.add(row.grade() != null ? row.grade().label()
                    : row.notScorable() != null ? scores.notScorable(row.notScorable(), row.kind()) : null);
            line.add(row.statedTotal());
            line.add(row.statedGrade());
            line.add(row.errors());
            line.add(row.warnings());
            line.add(row.completionPercent());
            line.add(message("status." + row.status()));
            cells.add(line);
        }
        return TableWorkbook.write(message("dashboard.title"), headers, cells);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
