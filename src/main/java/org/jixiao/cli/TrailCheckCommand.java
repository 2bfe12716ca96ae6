package org.jixiao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.account.TrailBreak;
import org.jixiao.account.TrailReport;
import org.jixiao.account.Trails;
import org.jixiao.cli.internal.BadInputException;
import org.jixiao.document.DocumentJson;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trail check [--chain NAME]}: checks the chains of the trail and their seals. Prints a report per chain as
 * JSON; exits 0 when every chain is sound, 1 when one is broken (its first broken entry named on stderr too), 2 on
 * bad input (an unknown chain, the seal key missing, the database held by the server).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查记录链：每条记录的哈希、前后衔接和封存签名；指出第一条被修改、删除或插入的记录。")
class TrailCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SpringContexts spring;

    @Option(names = "--chain", paramLabel = "NAME", description = "只检查这条链（audit：审计记录；security：安全日志）")
    String chain;

    TrailCheckCommand(SpringContexts spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        List<TrailReport> reports;
        try (ConfigurableApplicationContext context = spring.withoutWeb(
                "请先停止服务器再检查，或在服务器运行时由审计管理员在管理页面检查")) {
            reports = check(context.getBean(Trails.class));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (TrailReport report : reports) {
            out.add(json(report));
            TrailBreak found = report.firstBreak();
            if (found != null) {
                spec.commandLine().getErr().println("记录链 " + report.chain() + "：记录 " + found.entryId()
                        + " " + found.kind().label() + "（" + found.kind() + "）：" + found.detail());
            }
        }
        spec.commandLine().getOut().print(DocumentJson.write(out));
        return reports.stream().allMatch(TrailReport::sound) ? Cli.OK : Cli.FINDINGS;
    }

    /** An unknown chain, or a seal key that cannot be read, is the user's to put right. */
    private List<TrailReport> check(Trails trails) {
        try {
            return chain == null ? trails.check() : List.of(trails.check(chain));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> json(TrailReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chain", report.chain());
        json.put("sound", report.sound());
        json.put("entriesChecked", report.entriesChecked());
        json.put("sealsChecked", report.sealsChecked());
        json.put("lastSealedAt", report.lastSealedAt() == null ? null : report.lastSealedAt().toString());
        TrailBreak found = report.firstBreak();
        if (found != null) {
            Map<String, Object> broken = new LinkedHashMap<>();
            broken.put("kind", found.kind().name());
            broken.put("entryId", found.entryId());
            broken.put("occurredAt", found.occurredAt() == null ? null : found.occurredAt().toString());
            broken.put("detail", found.detail());
            json.put("firstBreak", broken);
        }
        return json;
    }
}
