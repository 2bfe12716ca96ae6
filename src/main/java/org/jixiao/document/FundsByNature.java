package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Spending by nature (按支出性质看), in 万元.
 *
 * @param basic     基本支出 (running costs)
 * @param project   项目支出
 * @param personnel 人员经费, part of basic spending
 * @param publicUse 公用经费, part of basic spending
 */
public record FundsByNature(BigDecimal basic, BigDecimal project, BigDecimal personnel, BigDecimal publicUse,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public FundsByNature {
        basic = Decimals.canonical(basic);
        project = Decimals.canonical(project);
        personnel = Decimals.canonical(personnel);
        publicUse = Decimals.canonical(publicUse);
        extensions = Extensions.copy(extensions);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return basic == null && project == null && personnel == null && publicUse == null && extensions.isEmpty();
    }
}
