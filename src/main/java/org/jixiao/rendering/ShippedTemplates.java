package org.jixiao.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The templates jixiao ships (docs/templates.md), written by the project after forms seen in published
 * self-evaluations, beside {@code default}: the seed's layout, drawn by the renderers themselves.
 */
public final class ShippedTemplates {

    /** The seed's layout (广州), which {@link ReportRenderer} draws without a template file. */
    public static final String DEFAULT = "default";

    /**
     * @param name        what {@code render --template} takes
     * @param kind        the form or report it lays out
     * @param region      whose layout it follows
     * @param description what it is, in a line
     * @param file        its file under {@code /rendering/templates/}; null for the default
     */
    public record Shipped(String name, String kind, String region, String description, String file) {
    }

    private static final List<Shipped> ALL = List.of(
            new Shipped(DEFAULT, "绩效自评报告、项目支出绩效自评表", "广州市（种子报告）",
                    "内置版式：报告（docx、pdf、html）与自评表（xlsx，含公式）", null),
            new Shipped("mof-2020-project", "项目支出绩效自评表", "财政部",
                    "财预〔2020〕10号附件的项目支出绩效自评表（docx、pdf）", "mof-2020-project.docx"),
            new Shipped("mof-2020-project-xlsx", "项目支出绩效自评表", "财政部",
                    "同上，Excel 版（xlsx）", "mof-2020-project.xlsx"),
            new Shipped("sichuan-project", "项目支出绩效自评表", "四川省",
                    "部门预算项目支出绩效自评表：年初预算、调整后预算数、预算执行数、预算执行率、权重、得分", "sichuan-project.docx"),
            new Shipped("hubei-project", "项目支出绩效自评表", "湖北省",
                    "项目支出绩效自评表：预算数、执行数、执行率、得分，年初目标值与实际完成值", "hubei-project.docx"),
            new Shipped("department-overall", "部门整体支出绩效自评表", "财政部",
                    "部门整体支出绩效自评表：年度预算申请、年度总体目标与各项任务的绩效指标", "department-overall.docx"),
            new Shipped("yunnan-report", "绩效自评报告", "云南省",
                    "自评报告提纲：一、基本情况 二、绩效目标实现情况 三、偏差分析 四、改进措施 五、自评结论", "yunnan-report.docx"));

    private ShippedTemplates() {
    }

    public static List<Shipped> all() {
        return ALL;
    }

    /** The shipped template of that name, read and checked; empty for an unknown name and for the default. */
    public static Optional<ReportTemplate> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name) && s.file() != null).findFirst().map(s -> {
            try (InputStream in = ShippedTemplates.class.getResourceAsStream("/rendering/templates/" + s.file())) {
                return ReportTemplate.read(s.file(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
