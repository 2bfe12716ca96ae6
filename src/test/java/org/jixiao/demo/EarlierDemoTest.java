package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.database.OnceOnly;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.goals.GoalFilings;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.review.ReviewWorkflow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An installation made with the earlier demo (the seed and the demo accounts, nothing more) gets the region at its
 * next start, once, and its seed is published rather than loaded again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
class EarlierDemoTest {

    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ExecutionMonitoring monitoring;
    @Autowired
    OnceOnly once;
    @Autowired
    GoalFilings goals;
    @Autowired
    ExAnteRequests exAnte;

    @Test
    void theRegionComesOnceBesideTheEarlierDemo() {
        DemoData data = new DemoData(evaluations, once);
        DemoAccounts demoAccounts = new DemoAccounts(accounts, evaluations, once);
        data.load();
        List<String> earlier = demoAccounts.create().stream().map(made -> made.account().username()).toList();
        assertThat(earlier).contains("reviewer", "lwfl", "lwfl-leader");
        assertThat(evaluations.count()).as("the earlier demo: the seed alone").isEqualTo(1);

        Demo demo = new Demo(data, demoAccounts,
                new DemoRegion(accounts, evaluations, workflow, new DemoMonitoring(monitoring), once),
                new DemoGoals(accounts, evaluations, goals, once), new DemoExAnte(accounts, evaluations, exAnte, once));
        demo.run(null);
        long evaluationsNow = evaluations.count();
        long accountsNow = accounts.count();
        demo.run(null);

        List<EvaluationSummary> seedUnit = evaluations.summaries(new EvaluationFilter(null, null, "广州市荔湾区妇女联合会"));
        assertThat(seedUnit).extracting(EvaluationSummary::kind, EvaluationSummary::status)
                .containsExactlyInAnyOrder(tuple(Kind.DEPARTMENT_OVERALL, EvaluationStatus.PUBLISHED),
                        tuple(Kind.PROJECT, EvaluationStatus.DRAFT));
        assertThat(evaluationsNow).isEqualTo(1 + 1 + 18);
        assertThat(accounts.find("reviewer")).isPresent();
        assertThat(accounts.count()).isEqualTo(accountsNow);
        assertThat(evaluations.count()).isEqualTo(evaluationsNow);
        assertThat(goals.published(null)).as("the goals come once too").hasSize(1);
    }
}
