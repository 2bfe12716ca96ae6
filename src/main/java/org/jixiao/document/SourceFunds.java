package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/** Budget and spending from one source of funds (按资金来源分), in 万元. */
public record SourceFunds(FundSource source, BigDecimal budget, BigDecimal executed,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public SourceFunds {
        budget = Decimals.canonical(budget);
        executed = Decimals.canonical(executed);
        extensions = Extensions.copy(extensions);
    }

    public static SourceFunds executed(FundSource source, BigDecimal executed) {
        return new SourceFunds(source, null, executed, null);
    }
}
