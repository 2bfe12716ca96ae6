package org.jixiao.document;

/** 资金来源: where the money came from. */
public enum FundSource {
    GENERAL_PUBLIC_BUDGET("一般公共预算财政拨款"),
    GOVERNMENT_FUND("政府性基金预算财政拨款"),
    STATE_CAPITAL("国有资本经营预算财政拨款"),
    PRIOR_YEAR_CARRYOVER("上年结转"),
    OTHER("其他资金");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
