package org.jixiao.scoring;

import java.util.List;

/** A profile name that no built-in profile and no profile of the configured folder has. */
public class UnknownProfileException extends RuntimeException {

    private final List<String> available;

    public UnknownProfileException(String name, List<String> available) {
        super("没有名为 " + name + " 的评分规则，可用的有：" + String.join("、", available));
        this.available = List.copyOf(available);
    }

    public List<String> available() {
        return available;
    }
}
