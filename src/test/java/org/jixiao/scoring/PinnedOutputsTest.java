package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.document.Comparison;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;
import org.junit.jupiter.api.Test;

/**
 * Scores and findings of 600 varied documents (and the demo's) are what they were when this test was written
 * (issue 21): the work on the speed of {@code score} and {@code lint} may change how they are computed, never a
 * code, path, message, suggestion, severity, order or figure. Each document's output (every profile, with and
 * without last year, with and without a catalog; {@code assess} is held to the two apart) is held as a SHA-256 in {@code pinned-outputs.txt}; a change of
 * the output on purpose rewrites that file with {@code -Djixiao.pin=write} and shows in its diff which documents
 * changed.
 */
class PinnedOutputsTest {

    private static final String PINS = "src/test/resources/scoring/pinned-outputs.txt";
    private static final int DOCUMENTS = 600;

    private static final String[] TASK_NAMES = {"妇女技能培训", "维权服务", "家庭教育指导", "阵地建设", "困难妇女帮扶",
        "档案信息化平台运维", "科普宣传活动", "道路修缮工程", "课题调研", "日常运行", "其他工作"};
    private static final String[] INDICATOR_NAMES = {"培训人次", "召开会议次数", "案件办结率", "家长学校创建达标率",
        "补助资金按时发放率", "人均培训成本", "受助妇女就业人数", "家庭教育影响力", "阵地年服务人次", "服务对象满意度（%）",
        "满意度", "资金到位率", "开展活动次数", "预算执行率", "受助家庭对上门服务的满意度", "“巾帼”宣讲场次", "设备购置数量",
        "培训讲座次数", "督查检查次数", "社会效益", "群众知晓率", "服务覆盖面", "档案数字化比例", "平台故障处理时长"};
    private static final String[] TARGETS = {"≥600人次", "1次", "≥98%", "100%", "≥95%", "≤300元", "≥30人", "明显提升",
        "≥1.5万人次", "≥90%", "0", "98", "有效提升，达到预期", "≤5天", "95%-100%", "10个", ">20场", "<2小时", "1场",
        "逐步提高（分档评分标准：优良差）", "≥0.5万元", "等于12期", "1", "较上年提高", "≥100", "≤0"};
    private static final String[] ACTUALS = {"640人次", "1次", "100%", "95%", "90%", "320元", "39人", "基本完成",
        "18000人次", "93%", "已完成", "未完成", "部分达成", "0", "12", "2.5万人次", "4天", "7天", "30场", "1.5小时", "3场",
        "0.6万元", "12期", "50", "2", "达到预期"};
    private static final String[] TEXTS = {null, "", "如期完成。", "因项目延期，资金结转下年。", "采购节余，部分资金未支付。",
        "执行进度偏慢", "全面完成年度目标"};

    private final List<ScoringProfile> profiles = profiles();
    private final IndicatorCatalog catalog = name -> name.startsWith("培训") || name.contains("满意")
            ? new IndicatorCatalog.Entry("T-" + name.length(), name, "说明。", "%", "行业标准", List.of("≥90%"), true)
            : null;

    @Test
    void scoresAndFindingsAreAsPinned() throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        Random random = new Random(21);
        for (int d = 0; d < DOCUMENTS; d++) {
            EvaluationDocument document = document(random);
            EvaluationDocument previous = random.nextInt(3) == 0 ? document(random) : null;
            outputs.put("varied " + d, digest(output(document, previous)));
        }
        for (String demo : demos()) {
            try (InputStream in = PinnedOutputsTest.class.getResourceAsStream(demo)) {
                outputs.put(demo, digest(output(DocumentJson.read(in), null)));
            }
        }
        StringBuilder lines = new StringBuilder();
        outputs.forEach((name, digest) -> lines.append(name).append(' ').append(digest).append('\n'));
        if ("write".equals(System.getProperty("jixiao.pin"))) {
            Files.writeString(Path.of(PINS), lines);
        }
        assertThat(lines.toString()).isEqualTo(Files.readString(Path.of(PINS)));
    }

    /** Everything score and lint say of a document, as text. */
    private String output(EvaluationDocument document, EvaluationDocument previous) {
        StringBuilder out = new StringBuilder();
        for (ScoringProfile profile : profiles) {
            EvaluationScore score = new Scorer(profile).score(document);
            List<Finding> findings = new IndicatorLinter(profile).lint(document, previous);
            out.append(score).append('\n');
            out.append(new IndicatorLinter(profile).lint(document)).append('\n');
            if (previous != null) {
                out.append(findings).append('\n');
            }
            // scored once for both, the same as each on its own
            assertThat(new IndicatorLinter(profile).assess(document, previous)).isEqualTo(new Assessment(score, findings));
        }
        out.append(new IndicatorLinter(profiles.get(0), catalog).lint(document, previous)).append('\n');
        return out.toString();
    }

    private EvaluationDocument document(Random random) {
        Kind kind = random.nextInt(4) == 0 ? Kind.PROJECT : Kind.DEPARTMENT_OVERALL;
        int taskCount = kind == Kind.PROJECT ? 1 : random.nextInt(7);
        List<KeyTask> tasks = new ArrayList<>();
        for (int t = 0; t < taskCount; t++) {
            List<Indicator> indicators = new ArrayList<>();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                indicators.add(indicator(random));
            }
            BigDecimal budget = random.nextInt(8) == 0 ? null : money(random);
            BigDecimal executed = budget == null || random.nextInt(6) == 0 ? null
                    : budget.multiply(BigDecimal.valueOf(random.nextInt(120))).movePointLeft(2);
            BigDecimal rate = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(10_001), 2) : null;
            tasks.add(new KeyTask(pick(random, TASK_NAMES) + (t + 1), random.nextBoolean() ? null : "提升妇女就业技能，开展培训",
                    budget, executed, rate, pick(random, TEXTS), null, indicators, null));
        }
        BigDecimal budget = money(random);
        BigDecimal executed = budget.multiply(BigDecimal.valueOf(random.nextInt(110))).movePointLeft(2);
        Funds funds = random.nextInt(6) == 0 ? null : new Funds(budget, null, executed,
                random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(10_001), 2), List.of(),
                random.nextInt(3) == 0 ? new FundsByNature(money(random), money(random), null, null, null) : null, null,
                null);
        StatedScore stated = switch (random.nextInt(4)) {
            case 0 -> new StatedScore(BigDecimal.valueOf(random.nextInt(10_001), 2), null, null, null);
            case 1 -> new StatedScore(null, pick(random, new String[] {"优", "良", "中", "差", "良好"}), null, null);
            default -> null;
        };
        return new EvaluationDocument(EvaluationDocument.SCHEMA, kind, 2023,
                new Department("某区妇女联合会", null, "某区", null, null), List.of(), funds, List.of(), tasks,
                pick(random, TEXTS), List.of(), random.nextBoolean() ? List.of() : List.of("资金结余较多"),
                List.of(), null, stated, null);
    }

    private static Indicator indicator(Random random) {
        IndicatorSubcategory level2 = random.nextInt(6) == 0 ? null
                : IndicatorSubcategory.values()[random.nextInt(IndicatorSubcategory.values().length)];
        IndicatorCategory level1 = level2 == null ? (random.nextBoolean() ? null : IndicatorCategory.BENEFIT)
                : level2.category();
        Target annual = random.nextInt(8) == 0 ? null : target(random, TARGETS);
        Target cycle = random.nextInt(3) == 0 ? target(random, TARGETS) : null;
        Target actual = random.nextInt(5) == 0 ? null : target(random, ACTUALS);
        Boolean met = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
        BigDecimal rating = random.nextInt(6) == 0 ? BigDecimal.valueOf(random.nextInt(1001), 1) : null;
        BigDecimal weight = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(200), 1) : null;
        String reason = random.nextInt(4) == 0 ? "受疫情影响，下一步加强组织" : null;
        return new Indicator(level1, level2, random.nextBoolean(), pick(random, INDICATOR_NAMES), cycle, annual, actual,
                met, rating, null, weight, reason, null);
    }

    /** Wording from the list, or figures of any size and scale with a comparator and a unit. */
    private static Target target(Random random, String[] wordings) {
        if (random.nextInt(4) != 0) {
            return Target.parse(pick(random, wordings));
        }
        Comparison[] numeric = {Comparison.AT_LEAST, Comparison.AT_MOST, Comparison.EQUAL, Comparison.MORE_THAN,
            Comparison.LESS_THAN};
        BigDecimal value = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(5)).abs();
        String unit = pick(random, new String[] {null, "%", "次", "万人次", "人次", "元", "万元"});
        return new Target(null, numeric[random.nextInt(numeric.length)], value, unit, null);
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(4));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static List<ScoringProfile> profiles() {
        ScoringProfiles builtIn = ScoringProfiles.builtIn();
        List<ScoringProfile> all = new ArrayList<>();
        all.add(builtIn.defaultProfile());
        for (String name : builtIn.names()) {
            if (!name.equals(ScoringProfiles.DEFAULT)) {
                all.add(builtIn.get(name));
            }
        }
        all.add(Profiles.withEveryOption());
        return all;
    }

    private static List<String> demos() throws IOException {
        List<String> demos = new ArrayList<>(List.of("/demo/liwan-women-federation-2023.json"));
        try (var files = Files.list(Path.of("src/main/resources/demo/region"))) {
            files.map(f -> "/demo/region/" + f.getFileName()).sorted().forEach(demos::add);
        }
        return demos;
    }

    private static String digest(String output) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(output.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
