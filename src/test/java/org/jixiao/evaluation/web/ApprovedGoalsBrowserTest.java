package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project begun from its approved goals on 新建评价 in a real browser, then a target lowered: the workspace and the
 * evaluation page link to the approved goals and show the changes among the findings. Screenshots go to
 * target/screenshots/approved (docs/screenshots/approved-*.png are taken from there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovedGoalsBrowserTest {

    private static final String PASSWORD = "Approved-pass-2026-x";
    private static final String PROJECT = "妇女儿童维权服务";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Evaluations evaluations;
    @Autowired
    GoalFilings goals;
    @Autowired
    ReviewWorkflow workflow;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProjectBegunFromItsApprovedGoalsShowsThemAndATargetChangedFromThem() throws Exception {
        String region = "广州市批复浏览区";
        evaluations.importDocuments(List.of(Documents.seedOf("批复浏览示例单位", region, 2025)), "test");
        long unit = evaluations.unit("批复浏览示例单位", region).orElseThrow().id();
        Account editorAccount = accounts.create("approved-browser-editor", "填报人", Role.UNIT_EDITOR, unit, null,
                PASSWORD);
        Actor editor = Actor.of(editorAccount);
        Actor reviewer = Actor.of(accounts.create("approved-browser-reviewer", "审核人", Role.FINANCE_REVIEWER, null,
                region, PASSWORD));
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, 2026, PROJECT, false);
        GoalFiling saved = goals.save(editor, begun.id(), begun.version(), new GoalSheet(null, Kind.PROJECT, 2026,
                begun.sheet().department(), PROJECT, "2026年1月至2026年12月",
                new GoalFunds(new BigDecimal("40.5"), new BigDecimal("40.5"), null), List.of(), List.of(), null,
                "全年办结来访案件，维护妇女儿童合法权益", List.of(
                        new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "来访案件办结率", null,
                                Target.parse("≥98%"), TargetBasis.HISTORICAL, "上年 97%", null),
                        new GoalIndicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, "法律援助受助人数", null,
                                Target.parse("≥300人"), TargetBasis.PLAN, null, null),
                        new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT,
                                "来访群众满意度", null, Target.parse("≥90%"), TargetBasis.INDUSTRY, null, null)),
                null));
        goals.submit(editor, saved.id());
        goals.approve(reviewer, saved.id(), List.of(new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 1300));
        Browser.logIn(browser, port, editorAccount.username(), PASSWORD);
        browser.get("http://localhost:" + port + "/evaluations/new");
        waitFor(By.name("year"));
        browser.findElement(By.name("year")).clear();
        browser.findElement(By.name("year")).sendKeys("2026");
        browser.findElement(By.cssSelector("input[name='kind'][value='PROJECT']")).click();
        browser.findElement(By.name("projectName")).sendKeys(PROJECT);
        browser.findElement(By.cssSelector("input[name='start'][value='APPROVED_GOALS']")).click();
        shot("approved-new-evaluation");
        browser.findElement(By.name("projectName")).submit();
        waitFor(By.cssSelector("p.approved-goals"));

        long id = evaluations.find(unit, 2026, Kind.PROJECT, PROJECT).orElseThrow().id();
        StoredEvaluation stored = workflow.read(editor, id);
        EvaluationDocument document = stored.document();
        KeyTask project = document.keyTasks().get(0);
        Indicator lowered = project.indicators().get(0).toBuilder().annualTarget(Target.parse("≥95%")).build();
        workflow.save(editor, id, stored.version(), document.withKeyTasks(List.of(project.withIndicators(
                List.of(lowered, project.indicators().get(1))))));

        browser.get("http://localhost:" + port + "/evaluations/" + id + "/edit");
        waitFor(By.cssSelector("p.approved-goals"));
        String workspace = browser.findElement(By.tagName("main")).getText();
        assertThat(workspace).contains("本评价的绩效目标已于", "年度指标值“≥95%”与批复的绩效目标“≥98%”不一致",
                "来访群众满意度");
        fitsTheScreen("workspace");
        shot("approved-workspace");

        browser.get("http://localhost:" + port + "/evaluations/" + id);
        waitFor(By.cssSelector("p.approved-goals"));
        // a project's form lists the findings of the whole document; those of an indicator are counted beside the score
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("本评价的绩效目标已于",
                "批复的绩效目标中的指标“来访群众满意度”（年度指标值“≥90%”）没有出现在自评中");
        shot("approved-evaluation");
        browser.findElement(By.cssSelector("p.approved-goals a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/goals/" + saved.id()));
    }

    private void fitsTheScreen(String page) {
        Object sideways = browser.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(sideways).as(page + " scrolls sideways").isEqualTo(false);
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots/approved"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
