package org.jixiao.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.document.DocumentJson;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.Evaluations;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reassess [--region NAME] [--year Y]}: scores and lints the stored evaluations again with the configured
 * profile, e.g. after the profile changed, so that the dashboard shows the new scores. Says how many of them have
 * too little to score (stored without total and grade, with the reason).
 */
@Command(name = "reassess", mixinStandardHelpOptions = true,
        description = "按当前评分规则重新评分和检查数据库中的评价（可限定行政区划和年度）。")
class ReassessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SpringContexts spring;

    @Option(names = "--region", paramLabel = "NAME", description = "只重新评分该行政区划的评价")
    String region;

    @Option(names = "--year", paramLabel = "Y", description = "只重新评分该年度的评价")
    Integer year;

    ReassessCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        EvaluationFilter filter = new EvaluationFilter(null, year, null).withRegion(region);
        try (ConfigurableApplicationContext context = spring.withoutWeb(
                "请先停止服务器再重新评分，或在服务器运行时由管理员在“评分规则与年度”页面重新评分")) {
            long started = System.nanoTime();
            Evaluations evaluations = context.getBean(Evaluations.class);
            int count = evaluations.reassess(filter);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("evaluations", count);
            report.put("notScorable", evaluations.countNotScorable(filter));
            report.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
            spec.commandLine().getOut().print(DocumentJson.write(report));
        }
        return Cli.OK;
    }
}
