package org.jixiao.library;

/** An indicator the library suggests, with its score (comparable only within one search). */
public record Suggestion(LibraryIndicator indicator, float score) {

    public boolean generic() {
        return indicator.generic();
    }

    public String code() {
        return indicator.code();
    }
}
