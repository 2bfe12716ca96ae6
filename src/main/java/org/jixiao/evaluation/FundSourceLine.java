package org.jixiao.evaluation;

import java.math.BigDecimal;
import org.jixiao.document.FundSource;
import org.jixiao.document.SourceFunds;
import org.springframework.data.relational.core.mapping.Table;

/** Budget and spending of one source of funds, in 万元. */
@Table("fund_source")
record FundSourceLine(FundSource source, BigDecimal budget, BigDecimal executed, String extensionsJson) {

    static FundSourceLine of(SourceFunds funds) {
        return new FundSourceLine(funds.source(), funds.budget(), funds.executed(), KeptFields.write(funds.extensions()));
    }

    SourceFunds toDocument() {
        return new SourceFunds(source, budget, executed, KeptFields.read(extensionsJson));
    }
}
