package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How an actual value is held against a target: the {@code comparator} of a target. */
public enum Comparison {
    AT_LEAST(">=", "≥"),
    AT_MOST("<=", "≤"),
    EQUAL("=", ""),
    MORE_THAN(">", ">"),
    LESS_THAN("<", "<"),
    /** A target in words (达到预期, 明显提升): judged, not computed. */
    QUALITATIVE("QUALITATIVE", "");

    private final String symbol;
    private final String printed;

    Comparison(String symbol, String printed) {
        this.symbol = symbol;
        this.printed = printed;
    }

    /** The symbol the document format uses ({@code >=}, {@code <=}, ...). */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /** The sign a report prints before the value (≥, ≤), empty for an exact target. */
    public String printed() {
        return printed;
    }

    /** True for targets where more is better (≥, >). */
    public boolean isHigherBetter() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    /** True for reverse targets where less is better (≤, <), such as costs and durations. */
    public boolean isLowerBetter() {
        return this == AT_MOST || this == LESS_THAN;
    }

    @JsonCreator
    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol) || c.name().equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }
}
