package org.jixiao.exante;

/**
 * Where a request stands: the unit writes it (草稿), submits it to the finance bureau (待评估), which concludes it
 * (已出结论) or returns it for more information (退回补充), after which the unit changes it and submits again.
 */
public enum ExAnteStatus {
    DRAFT("草稿"),
    SUBMITTED("待评估"),
    RETURNED("退回补充"),
    CONCLUDED("已出结论");

    private final String label;

    ExAnteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the unit may change the request: before it is submitted, or once returned. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The step that submits: from a draft or a returned request. */
    ExAnteStatus submit() {
        return require(isEditable(), "提交") ? SUBMITTED : this;
    }

    /** The reviewer's steps: a submitted request is concluded or returned. */
    ExAnteStatus conclude() {
        return require(this == SUBMITTED, "出具评估结论") ? CONCLUDED : this;
    }

    ExAnteStatus returnToUnit() {
        return require(this == SUBMITTED, "退回补充") ? RETURNED : this;
    }

    private boolean require(boolean allowed, String step) {
        if (!allowed) {
            throw new ExAnteStepRefusedException("申请" + label + "，不能" + step);
        }
        return true;
    }
}
