package org.jixiao.web;

import java.util.List;

/**
 * One page of a long table: its rows, its number (from 1) and how many pages there are. A page number out of
 * range shows the nearest page.
 */
public record TablePage<T>(List<T> rows, int number, int pages, int total) {

    public static <T> TablePage<T> of(List<T> all, int requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(1, requested), pages);
        int from = (number - 1) * size;
        return new TablePage<>(all.subList(from, Math.min(all.size(), from + size)), number, pages, all.size());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }
}
