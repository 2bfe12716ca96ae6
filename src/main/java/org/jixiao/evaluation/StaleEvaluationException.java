package org.jixiao.evaluation;

/** A save based on an older version than the stored one: refused, nothing overwritten. */
public class StaleEvaluationException extends RuntimeException {

    private final long expectedVersion;
    private final long storedVersion;

    public StaleEvaluationException(long expectedVersion, long storedVersion) {
        this("这份评价已被他人修改（您编辑的是第 " + expectedVersion + " 版，现为第 " + storedVersion
                + " 版）。您的修改没有保存，也没有覆盖他人的修改：请重新打开后再改。", expectedVersion, storedVersion);
    }

    /** The same refusal, for a condition other than an edited version (an import told to create, or to revise). */
    StaleEvaluationException(String message, long expectedVersion, long storedVersion) {
        super(message);
        this.expectedVersion = expectedVersion;
        this.storedVersion = storedVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long storedVersion() {
        return storedVersion;
    }
}
