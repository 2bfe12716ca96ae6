package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jixiao.evaluation.EvaluationSummary;

/** One page of a list of evaluations. */
@Schema(name = "EvaluationPage", description = "评价列表的一页")
record EvaluationPage(
        @Schema(description = "本页的评价") List<EvaluationItem> items,
        @Schema(description = "页码，从 1 起") int page,
        @Schema(description = "每页条数") int size,
        @Schema(description = "符合条件的评价总数") int total,
        @Schema(description = "总页数") int pages) {

    static final int MAX_SIZE = 200;

    static EvaluationPage of(List<EvaluationSummary> all, int page, int size) {
        if (page < 1) {
            throw new IllegalArgumentException("参数 page 应不小于 1，实为 " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("参数 size 应为 1 至 " + MAX_SIZE + "，实为 " + size);
        }
        int from = (int) Math.min((long) (page - 1) * size, all.size());
        int to = Math.min(from + size, all.size());
        List<EvaluationItem> items = all.subList(from, to).stream().map(EvaluationItem::of).toList();
        return new EvaluationPage(items, page, size, all.size(), (all.size() + size - 1) / size);
    }
}
