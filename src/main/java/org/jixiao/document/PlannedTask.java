package org.jixiao.document;

import java.math.BigDecimal;

/**
 * 年度主要任务 of a department's goal sheet: what the unit means to do in the year and the money it asks for it.
 *
 * @param name    任务名称
 * @param content 主要内容
 * @param budget  预算金额 (万元)
 */
public record PlannedTask(String name, String content, BigDecimal budget) {

    public PlannedTask {
        name = name == null ? null : name.strip();
        content = content == null || content.isBlank() ? null : content.strip();
        budget = Decimals.canonical(budget);
    }
}
