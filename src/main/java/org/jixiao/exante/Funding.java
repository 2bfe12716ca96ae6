package org.jixiao.exante;

import java.math.BigDecimal;

/** One source of the money asked for (本级财政资金, 上级补助, 单位自有资金 …) and its amount in 万元. */
public record Funding(String source, BigDecimal amount) {
}
