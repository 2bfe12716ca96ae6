package org.jixiao.library;

/** 工作类型: the kinds of work the library is organised by, each with the prefix of its entries' codes. */
public enum WorkKind {
    WOMEN_CHILDREN("妇女儿童权益", "FE"),
    FAMILY_EDUCATION("家庭教育", "JJ"),
    SCIENCE_POPULARISATION("科学普及", "KP"),
    ARCHIVES("档案", "DA"),
    PUBLIC_CULTURE("公共文化", "WH"),
    SPORTS("体育", "TY"),
    IT_OPERATIONS("信息化运维", "XX"),
    TRAINING("培训", "PX"),
    REPAIR("维修改造", "WX"),
    SUBSIDY("补助发放", "BZ"),
    PUBLIC_HEALTH("公共卫生", "WS"),
    AGRICULTURE("农业农村", "NY"),
    SOCIAL_ASSISTANCE("社会救助与养老服务", "MZ"),
    LEGAL_SERVICES("公共法律服务", "SF"),
    EDUCATION("教育", "JY"),
    WATER_ECOLOGY("水务与生态环境", "SW"),
    SCIENCE_INNOVATION("科技创新", "KJ"),
    SUPERVISION("市场监管与执法", "JG"),
    /** 通用指标: fit any task, kept so that they are recognised and ranked last. */
    GENERAL("通用指标", "GEN");

    private final String label;
    private final String prefix;

    WorkKind(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() {
        return label;
    }

    /** The prefix of the codes of this kind's entries (DA-001). */
    public String prefix() {
        return prefix;
    }

    /** The kind named by its enum name or its Chinese label. */
    public static WorkKind parse(String text) {
        for (WorkKind kind : values()) {
            if (kind.name().equals(text) || kind.label.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("未知的工作类型“" + text + "”");
    }
}
