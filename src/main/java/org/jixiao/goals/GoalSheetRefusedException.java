package org.jixiao.goals;

import java.util.List;
import org.jixiao.document.Finding;

/** A sheet refused for what is wrong in it (saving: its format; submitting: anything missing), with the findings. */
public class GoalSheetRefusedException extends IllegalArgumentException {

    private final List<Finding> findings;

    public GoalSheetRefusedException(String what, List<Finding> findings) {
        super(what + "：" + findings.get(0).message()
                + (findings.size() > 1 ? "（另有 " + (findings.size() - 1) + " 处需修改）" : ""));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
