package org.jixiao.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.Target;
import org.jixiao.evaluation.EvaluationStatus;

/**
 * A made-up region of budget units with a department self-evaluation per unit and year, for measurements at the
 * size of a city or a province: bureaus, schools, hospitals and street offices; 3 to 7 key tasks of 5 to 11
 * indicators (about 40 per evaluation); funds that add up; most targets met, some missed with a reason, some
 * weak indicators and a few stated rates that do not match, so that scores, grades and findings spread as in a
 * real region. Reproducible: the same seed gives the same region.
 */
final class SyntheticRegion {

    /** Bodies that exist once per region. */
    private static final List<String> BUREAUS = List.of("教育局", "卫生健康局", "民政局", "人力资源和社会保障局",
            "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "文化广电旅游体育局", "市场监督管理局", "应急管理局",
            "司法局", "城市管理和综合执法局", "退役军人事务局", "医疗保障局", "统计局", "审计局", "科技工业商务和信息化局",
            "妇女联合会", "总工会", "共青团委员会", "残疾人联合会", "科学技术协会", "档案馆", "图书馆", "文化馆",
            "机关事务管理局", "政务服务数据管理局", "林业和园林局", "生态环境分局");

    /** Bodies of which a region has many, numbered. */
    private static final List<String> NUMBERED = List.of("中学", "小学", "幼儿园", "社区卫生服务中心", "街道办事处",
            "职业技术学校", "养老服务中心", "文化站", "卫生院", "市政养护所");

    private static final List<String> TOPICS = List.of("课后服务", "校舍维修改造", "教师培训", "基本公共卫生服务",
            "家庭医生签约服务", "困难群众救助", "养老服务补贴", "就业创业培训", "老旧小区改造", "道路养护",
            "河涌综合整治", "高标准农田建设", "公共文化服务", "食品安全抽检", "安全生产检查", "法律援助服务",
            "垃圾分类处理", "退役军人服务保障", "医保基金监管", "统计调查", "信息化建设运维", "妇女儿童关爱服务",
            "职工帮扶", "青少年思想教育", "残疾人康复服务", "科普宣传", "档案数字化", "全民阅读推广", "园林绿化养护",
            "大气污染防治");

    /** Indicator templates: second level, name, unit, and how the target is worded (at least, at most, equal). */
    private record Template(IndicatorSubcategory level2, String name, String unit, char kind, int low, int high) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(IndicatorSubcategory.QUANTITY, "开展{}活动场次", "场", '≥', 4, 60),
            new Template(IndicatorSubcategory.QUANTITY, "{}服务人次", "人次", '≥', 200, 20000),
            new Template(IndicatorSubcategory.QUANTITY, "{}培训人数", "人", '≥', 30, 2000),
            new Template(IndicatorSubcategory.QUANTITY, "{}覆盖户数", "户", '≥', 50, 5000),
            new Template(IndicatorSubcategory.QUANTITY, "完成{}项目个数", "个", '=', 1, 20),
            new Template(IndicatorSubcategory.QUALITY, "{}验收合格率", "%", '≥', 90, 100),
            new Template(IndicatorSubcategory.QUALITY, "{}服务达标率", "%", '≥', 85, 100),
            new Template(IndicatorSubcategory.QUALITY, "{}资金使用合规率", "%", '=', 100, 100),
            new Template(IndicatorSubcategory.TIMELINESS, "{}按时完成率", "%", '≥', 90, 100),
            new Template(IndicatorSubcategory.TIMELINESS, "{}资金拨付及时率", "%", '≥', 95, 100),
            new Template(IndicatorSubcategory.COST, "{}人均成本", "元", '≤', 50, 3000),
            new Template(IndicatorSubcategory.COST, "{}成本控制率", "%", '≤', 100, 100),
            new Template(IndicatorSubcategory.SOCIAL, "{}受益群众覆盖率", "%", '≥', 80, 100),
            new Template(IndicatorSubcategory.SOCIAL, "{}群众知晓率", "%", '≥', 70, 95),
            new Template(IndicatorSubcategory.ECONOMIC, "{}带动就业人数", "人", '≥', 10, 500),
            new Template(IndicatorSubcategory.SUSTAINABLE, "{}长效机制运行年限", "年", '≥', 1, 5),
            new Template(IndicatorSubcategory.SERVICE_RECIPIENT, "{}服务对象满意度", "%", '≥', 85, 95));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String region;
    private final long seed;

    SyntheticRegion(String region, long seed) {
        this.region = region;
        this.seed = seed;
    }

    /** The name of the unit numbered {@code index} (0-based): unique in the region. */
    String unitName(int index) {
        if (index < BUREAUS.size()) {
            return region + BUREAUS.get(index);
        }
        int rest = index - BUREAUS.size();
        return region + "第" + (rest / NUMBERED.size() + 1) + NUMBERED.get(rest % NUMBERED.size());
    }

    /**
     * The unit's evaluations of the given years, oldest first, each with the review status it has reached:
     * past years are mostly published, the latest year spread over every status.
     */
    List<Generated> unit(int index, int firstYear, int years) {
        List<Generated> evaluations = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            int year = firstYear + y;
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index * 131L + year);
            boolean latest = y == years - 1;
            evaluations.add(new Generated(document(index, year, random), status(random, latest)));
        }
        return evaluations;
    }

    record Generated(EvaluationDocument document, EvaluationStatus status) {
    }

    private static EvaluationStatus status(SplittableRandom random, boolean latest) {
        int p = random.nextInt(100);
        if (!latest) {
            return p < 90 ? EvaluationStatus.PUBLISHED : EvaluationStatus.APPROVED;
        }
        return p < 30 ? EvaluationStatus.DRAFT : p < 55 ? EvaluationStatus.SUBMITTED : p < 65
                ? EvaluationStatus.RETURNED : p < 80 ? EvaluationStatus.APPROVED : EvaluationStatus.PUBLISHED;
    }

    private EvaluationDocument document(int index, int year, SplittableRandom random) {
        String name = unitName(index);
        Department department = new Department(name, String.format("G%06d", index + 1), region,
                index < BUREAUS.size() ? null : region + BUREAUS.get(index % BUREAUS.size()), null);
        int taskCount = 3 + random.nextInt(5);
        // funds in hundredths of 万元, so that every part adds up exactly
        long budget = cents(200 + random.nextInt(20_000));
        int ratePermille = random.nextInt(10) == 0 ? 700 + random.nextInt(150) : 880 + random.nextInt(121);
        long executed = budget * ratePermille / 1000;
        long basic = executed * (55 + random.nextInt(30)) / 100;
        long project = executed - basic;
        long personnel = basic * (60 + random.nextInt(30)) / 100;
        long fund = random.nextInt(4) == 0 ? executed / 10 : 0;
        long fundBudget = random.nextInt(4) == 0 ? budget / 10 : 0;
        fundBudget = fund == 0 ? 0 : Math.max(fundBudget, fund);
        List<SourceFunds> sources = List.of(
                new SourceFunds(FundSource.GENERAL_PUBLIC_BUDGET, money(budget - fundBudget), money(executed - fund), null),
                new SourceFunds(FundSource.GOVERNMENT_FUND, money(fundBudget), money(fund), null));
        BigDecimal rate = rate(executed, budget);
        if (random.nextInt(50) == 0) {
            rate = rate.add(BigDecimal.valueOf(5)); // a rate copied from last year's report: an ERROR finding
        }
        Funds funds = new Funds(money(budget), money(budget - budget / 20), money(executed), rate, sources,
                new FundsByNature(money(basic), money(project), money(personnel), money(basic - personnel), null),
                money(budget - executed), null);
        List<KeyTask> tasks = new ArrayList<>();
        long taskBudgets = project * 9 / 10;
        List<String> topics = pick(TOPICS, taskCount, random);
        for (int t = 0; t < taskCount; t++) {
            long taskBudget = taskBudgets / taskCount;
            long taskExecuted = taskBudget * (850 + random.nextInt(151)) / 1000;
            tasks.add(task(topics.get(t), money(taskBudget), money(taskExecuted), rate(taskExecuted, taskBudget),
                    random));
        }
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, year, department,
                List.of("贯彻落实上级关于" + topics.get(0) + "工作的方针政策和决策部署，拟订本单位工作规划并组织实施。",
                        "负责" + topics.get(taskCount - 1) + "等公共服务的组织、管理和监督。"),
                funds, List.of("全面完成" + year + "年度" + topics.get(0) + "等重点工作任务，预算执行率不低于90%。"),
                tasks, year + "年度部门整体支出绩效自评：总体完成年度绩效目标，资金使用规范，" + topics.get(0) + "成效明显。",
                List.of("完成" + topics.get(0) + "各项任务，服务对象满意度持续提升。"),
                List.of("部分绩效指标设置不够细化，个别项目预算执行进度偏慢。"),
                List.of("加强预算执行监控，细化量化绩效指标，提高目标设定的科学性。"), null, null);
    }

    private KeyTask task(String topic, BigDecimal budget, BigDecimal executed, BigDecimal rate, SplittableRandom random) {
        int count = 5 + random.nextInt(7);
        List<Indicator> indicators = new ArrayList<>();
        boolean weak = random.nextInt(8) == 0;
        for (Template template : pick(TEMPLATES, Math.min(count, TEMPLATES.size()), random)) {
            indicators.add(indicator(topic, template, weak, random));
        }
        return new KeyTask(topic, "按计划推进" + topic + "，全面完成年度目标任务。", budget, executed, rate,
                "已完成" + topic + "年度工作任务，达到预期目标。", null, indicators, null);
    }

    private static Indicator indicator(String topic, Template template, boolean weak, SplittableRandom random) {
        int target = template.low() + random.nextInt(template.high() - template.low() + 1);
        String symbol = template.kind() == '=' ? "" : String.valueOf(template.kind());
        Target annual = Target.parse(symbol + target + template.unit());
        // most targets are met; one in eight is missed, and a weak unit leaves out results and reasons
        int outcome = random.nextInt(8);
        int actual;
        if (outcome == 0) {
            actual = template.kind() == '≤' ? target + 1 + random.nextInt(Math.max(1, target / 5))
                    : Math.max(0, target - 1 - random.nextInt(Math.max(1, target / 5)));
        } else {
            actual = template.kind() == '≤' ? Math.max(0, target - random.nextInt(Math.max(1, target / 10) + 1))
                    : template.unit().equals("%") ? Math.min(100, target + random.nextInt(3)) : target + random.nextInt(Math.max(1, target / 10) + 1);
        }
        boolean met = outcome != 0;
        Target stated = weak && random.nextInt(3) == 0 ? null : Target.parse(actual + template.unit());
        String reason = met || weak ? null : "受" + topic + "实施进度影响，未完全达到年度目标，下一年度将加强进度管理。";
        return Indicator.builder().levels(template.level2().category(), template.level2(), false)
                .name(template.name().replace("{}", weak ? "" : topic))
                .cycleTarget(Target.parse(symbol + target + template.unit())).annualTarget(annual).actual(stated)
                .met(stated == null ? null : met).deviationReason(reason).build();
    }

    private static <T> List<T> pick(List<T> from, int count, SplittableRandom random) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static long cents(int wan) {
        return wan * 100L;
    }

    /** 分 as 万元: the amounts are generated in hundredths of 万元. */
    private static BigDecimal money(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    private static BigDecimal rate(long executed, long budget) {
        return budget == 0 ? null
                : BigDecimal.valueOf(executed).multiply(HUNDRED).divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP);
    }
}
