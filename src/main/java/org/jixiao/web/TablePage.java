package org.jixiao.web;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a long table: its rows, its number (from 1) and how many pages there are. A page number out of
 * range shows the nearest page.
 */
public record TablePage<T>(List<T> rows, int number, int pages, int total) {

    /** Rows per page, the same in every long table. */
    public static final int SIZE = 100;

    /**
     * The requested page of {@code total} rows, its rows fetched by {@code rows(offset, limit)}, so that only the
     * page is read.
     */
    public static <T> TablePage<T> of(int total, int requested, int size,
            BiFunction<Integer, Integer, List<T>> rows) {
        int pages = Math.max(1, (total + size - 1) / size);
        int number = Math.min(Math.max(1, requested), pages);
        return new TablePage<>(total == 0 ? List.of() : rows.apply((number - 1) * size, size), number, pages, total);
    }

    /** The requested page of rows already read (and sorted) as a whole, so that only the page is rendered. */
    public static <T> TablePage<T> of(List<T> all, int requested, int size) {
        return of(all.size(), requested, size, (offset, limit) -> all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
