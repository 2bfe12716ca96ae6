package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.BiFunction;
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

    /**
     * The page of {@code total} evaluations, its items read by {@code read(offset, limit)}: only the page is read,
     * by the database.
     */
    static EvaluationPage of(int total, int page, int size,
            BiFunction<Integer, Integer, List<EvaluationSummary>> read) {
        if (page < 1) {
            throw new IllegalArgumentException("参数 page 应不小于 1，实为 " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("参数 size 应为 1 至 " + MAX_SIZE + "，实为 " + size);
        }
        long from = (long) (page - 1) * size;
        List<EvaluationItem> items = from >= total ? List.of()
                : read.apply((int) from, size).stream().map(EvaluationItem::of).toList();
        return new EvaluationPage(items, page, size, total, (total + size - 1) / size);
    }
}
