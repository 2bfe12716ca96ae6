package org.jixiao.goals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.document.TargetBasis;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.support.Browser;
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
 * The goals' editor and review page in a real browser, on the demo's seed unit: its department's goals begun from its
 * self-evaluation of the year before, with the linter's findings beside the rows, then reviewed. Neither page scrolls
 * sideways; screenshots go to target/screenshots/goals (docs/screenshots/goals-*.png are taken from there).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalPagesBrowserTest {

    private static final String PASSWORD = "Goal-pass-2026-x";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    GoalFilings goals;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theEditorShowsTheFindingsBesideTheRowsAndTheReviewerGradesEachCriterion() throws Exception {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 1500));
        Actor editor = signIn("lwfl");
        GoalFiling begun = goals.begin(editor, Kind.DEPARTMENT_OVERALL, 2024, null, true);

        browser.get("http://localhost:" + port + "/goals/" + begun.id());
        waitFor(By.cssSelector("table.goal-indicators"));
        assertThat(browser.findElements(By.cssSelector("tr.row-findings"))).as("the linter's findings by row")
                .isNotEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("部门整体支出绩效目标申报表", "2024");
        fitsTheScreen("editor");
        shot("goals-editor");

        GoalSheet sheet = begun.sheet();
        GoalSheet complete = new GoalSheet(null, sheet.kind(), sheet.fiscalYear(), sheet.department(), null, null,
                new GoalFunds(sheet.funds().total(), sheet.funds().total(), null), sheet.functions(), sheet.tasks(),
                null, sheet.annualGoal() == null ? "围绕妇女儿童发展规划开展各项工作" : sheet.annualGoal(),
                sheet.indicators().stream().map(i -> i.basis() != null ? i
                        : new GoalIndicator(i.level1(), i.level2(), i.name(), i.cycleTarget(),
                                i.annualTarget(), TargetBasis.PLAN, null, null)).toList(), null);
        goals.submit(editor, goals.save(editor, begun.id(), begun.version(), complete).id());

        Browser.logOut(browser);
        signIn("reviewer");
        browser.get("http://localhost:" + port + "/goals");
        browser.findElement(By.linkText(sheet.department().name())).click();
        waitFor(By.cssSelector(".goal-review"));
        browser.findElement(By.cssSelector("input[name='grade.COMPLETENESS'][value='GOOD']")).click();
        browser.findElement(By.cssSelector("input[name='grade.APPROPRIATENESS'][value='FAIR']")).click();
        browser.findElement(By.name("comment.APPROPRIATENESS")).sendKeys("部分目标值低于上年实际完成值，请按历史标准调整");
        fitsTheScreen("review");
        shot("goals-review");

        browser.findElement(By.cssSelector("button[value='return']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "已退回"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("部分目标值低于上年实际完成值");
    }

    private Actor signIn(String username) {
        Account account = accounts.find(username).orElseThrow();
        accounts.changePassword(username, accounts.resetPassword(account.id()), PASSWORD);
        Browser.logIn(browser, port, username, PASSWORD);
        return Actor.of(accounts.find(username).orElseThrow());
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
        Path dir = Files.createDirectories(Path.of("target/screenshots/goals"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
