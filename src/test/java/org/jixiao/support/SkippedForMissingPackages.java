package org.jixiao.support;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the end of a test run which tests were skipped because a system package is missing, and the line that
 * installs it: Maven's summary counts skipped tests but does not say why, and a user on a fresh machine should not
 * have to read the reports to learn that the browser tests did not run.
 */
public final class SkippedForMissingPackages implements TestExecutionListener {

    /** How a test that needs a system package opens the message of its assumption. */
    public static final String MARK = "needs a system package: ";

    private final Map<String, Integer> skipped = new TreeMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        result.getThrowable().map(Throwable::getMessage).filter(m -> m != null && m.contains(MARK))
                .ifPresent(m -> skipped.merge(m.substring(m.indexOf(MARK) + MARK.length()), 1, Integer::sum));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skipped.forEach((why, count) -> System.out.println(
                "[jixiao] " + count + " skipped: " + why));
    }
}
