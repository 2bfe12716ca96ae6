package org.jixiao.monitoring;

/** How a key task's spending stands against the progress expected by now. */
public enum Signal {
    /** On track: at least the yellow threshold (80 % of the expected progress by default). */
    GREEN("正常"),
    /** Behind: below 80 % of the expected progress. */
    YELLOW("滞后"),
    /** Far behind: below 60 % of the expected progress. */
    RED("严重滞后");

    private final String label;

    Signal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
