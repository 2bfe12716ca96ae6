package org.jixiao.extraction;

/**
 * Where in the source text a value was read: the line as the import page shows it (from 1), the page of a PDF
 * (null for other sources), and the columns on that line (from 0, end exclusive).
 */
public record Origin(int line, Integer page, int start, int end) {
}
