package org.jixiao.cli;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.account.AccountException;
import org.jixiao.account.Accounts;
import org.jixiao.account.Accounts.NewAccount;
import org.jixiao.account.Role;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.jixiao.evaluation.BulkImport;
import org.jixiao.evaluation.Evaluations;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --units N --years Y}: fills a region of the database {@code serve} uses with made-up units and
 * their evaluations ({@link SyntheticRegion}), for measurements at scale. Units are written in batches, each in
 * a transaction of its own, all of a unit's years in the same batch.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "生成一个模拟行政区划（单位、重点工作任务、绩效指标），写入数据库，用于规模测试。")
class GenerateCommand implements Callable<Integer> {

    /** Units per transaction: about 1,000 evaluations' worth of rows at five years. */
    private static final int BATCH = 200;

    @Spec
    CommandSpec spec;

    private final SpringContexts spring;

    @Option(names = "--units", required = true, paramLabel = "N", description = "单位数")
    int units;

    @Option(names = "--years", required = true, paramLabel = "Y", description = "年度数（到上一年为止）")
    int years;

    @Option(names = "--region", paramLabel = "NAME", description = "行政区划名称，默认 示范市")
    String region = "示范市";

    @Option(names = "--last-year", paramLabel = "YEAR", description = "最后一个年度，默认上一年")
    Integer lastYear;

    @Option(names = "--reviewer", paramLabel = "USERNAME",
            description = "同时为该行政区划建立一个财政审核人账号，密码生成后只输出一次")
    String reviewer;

    @Option(names = "--seed", paramLabel = "S", description = "随机种子，相同的种子生成相同的数据，默认 1")
    long seed = 1;

    GenerateCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        if (units < 1 || units > 1_000_000 || years < 1 || years > 30) {
            throw new BadInputException("generate：--units 应在 1 到 1000000 之间，--years 应在 1 到 30 之间");
        }
        if (region.isBlank()) {
            throw new BadInputException("generate：--region 不能为空");
        }
        int last = lastYear != null ? lastYear : Year.now().getValue() - 1;
        SyntheticRegion synthetic = new SyntheticRegion(region.strip(), seed);
        long started = System.nanoTime();
        int evaluations = 0;
        long indicators = 0;
        Map<String, String> credentials = null;
        try (ConfigurableApplicationContext context = spring.withoutWeb(
                "请先停止服务器再生成")) {
            BulkImport bulk = context.getBean(BulkImport.class);
            if (context.getBean(Evaluations.class).regions().contains(region.strip())) {
                throw new BadInputException("generate：行政区划“" + region.strip() + "”已有单位，请换一个名称（--region）");
            }
            for (int from = 0; from < units; from += BATCH) {
                List<BulkImport.Entry> entries = new ArrayList<>();
                for (int unit = from; unit < Math.min(units, from + BATCH); unit++) {
                    for (SyntheticRegion.Generated generated : synthetic.unit(unit, last - years + 1, years)) {
                        entries.add(new BulkImport.Entry(generated.document(), generated.status()));
                        indicators += generated.document().keyTasks().stream().mapToInt(t -> t.indicators().size()).sum();
                    }
                }
                evaluations += bulk.store(entries, "generate").size();
            }
            if (reviewer != null) {
                NewAccount account = context.getBean(Accounts.class).createWithGeneratedPassword(reviewer,
                        region.strip() + "财政审核人", Role.FINANCE_REVIEWER, null, region.strip());
                credentials = Map.of("username", account.account().username(), "password", account.password());
            }
        } catch (AccountException e) {
            throw new BadInputException("generate：" + e.getMessage(), e);
        } catch (DataAccessException e) {
            throw new BadInputException("generate：数据库拒绝写入："
                    + e.getMostSpecificCause().getMessage().lines().findFirst().orElse(""), e);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("region", region.strip());
        report.put("units", units);
        report.put("years", List.of(last - years + 1, last));
        report.put("evaluations", evaluations);
        report.put("indicators", indicators);
        if (credentials != null) {
            report.put("reviewer", credentials);
        }
        report.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
        spec.commandLine().getOut().print(DocumentJson.write(report));
        return Cli.OK;
    }
}
