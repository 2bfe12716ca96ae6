package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * The budget unit (预算单位) that reports.
 *
 * @param name   单位名称; on a project form the 实施单位
 * @param code   单位编码, where known
 * @param region 行政区划, e.g. 广州市荔湾区
 * @param parent 主管部门, where the source names one
 */
public record Department(String name, String code, String region, String parent,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public Department {
        name = name == null ? null : name.strip();
        code = blankToNull(code);
        region = blankToNull(region);
        parent = blankToNull(parent);
        extensions = Extensions.copy(extensions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Department named(String name, String region) {
        return new Department(name, null, region, null, null);
    }
}
