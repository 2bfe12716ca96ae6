package org.jixiao.goals;

/** The unit has that year's sheet of that kind and project already: open it rather than begin a second. */
public class GoalFilingExistsException extends IllegalArgumentException {

    private final long existing;

    public GoalFilingExistsException(String message, long existing) {
        super(message);
        this.existing = existing;
    }

    public long existing() {
        return existing;
    }
}
