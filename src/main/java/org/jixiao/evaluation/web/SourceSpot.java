package org.jixiao.evaluation.web;

import java.io.Serializable;
import org.jixiao.extraction.Origin;

/**
 * Where in an uploaded report's text a value was read, as the import page shows that text: the line (from 1), the
 * page of a PDF (null otherwise) and the columns on the line (from 0, end exclusive; equal when only the line is
 * known). Kept with the pending upload in the session, which may be stored in the database, hence serializable.
 */
record SourceSpot(int line, Integer page, int start, int end) implements Serializable {

    static SourceSpot of(Origin origin) {
        return new SourceSpot(origin.line(), origin.page(), origin.start(), origin.end());
    }

    /** The line alone, where a figure was looked for but not placed. */
    static SourceSpot line(int line, Integer page) {
        return new SourceSpot(line, page, 0, 0);
    }
}
