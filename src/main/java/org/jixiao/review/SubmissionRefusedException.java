package org.jixiao.review;

import java.util.List;
import org.jixiao.document.Finding;

/**
 * 送审 refused for what the evaluation's checks find: ERROR findings (amounts that do not add up, an unmet indicator
 * without its reason, nothing to score) until they are corrected, and warnings until the unit confirms that it
 * submits with them. It carries the findings, so that the page and the API can list each with its place.
 */
public class SubmissionRefusedException extends RuntimeException {

    private final transient List<Finding> errors;
    private final transient List<Finding> warnings;

    SubmissionRefusedException(List<Finding> errors, List<Finding> warnings) {
        super(errors.isEmpty()
                ? "提交仍有 " + warnings.size() + " 条提示，确认后才提交"
                : "有 " + errors.size() + " 处错误，改正后才能提交：" + errors.get(0).message()
                        + (errors.size() > 1 ? " 等" : ""));
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    /** What must be corrected before submitting; empty where only warnings stand in the way. */
    public List<Finding> errors() {
        return errors;
    }

    public List<Finding> warnings() {
        return warnings;
    }

    /** Whether the unit may submit as it is once it confirms the warnings: there is no error. */
    public boolean awaitsConfirmation() {
        return errors.isEmpty();
    }

    /** The findings that refused it: the errors, or where there is none the warnings to confirm. */
    public List<Finding> findings() {
        return awaitsConfirmation() ? warnings : errors;
    }
}
