package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project's evaluation from nothing to the reviewer's desk, in a real browser at 1366 × 768: the unit's editor
 * begins it on 新建评价 from the library's suggestions for the project's name, fills in its 项目支出绩效自评表 (funds,
 * 实际完成情况, each indicator's actual value), submits it confirming the warnings, and the reviewer finds it on the
 * desk and opens it as the form. Screenshots of the new page and the project's workspace go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectEvaluationBrowserTest {

    private static final String REGION = "广州市浏览区";
    private static final String UNIT = "浏览区示例妇联";
    private static final String PROJECT = "家庭教育指导服务";

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private ChromeDriver browser;

    @BeforeEach
    void aUnitWithLastYearsEvaluationAndItsReviewer() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 768));
        evaluations.importDocuments(List.of(Documents.seedOf(UNIT, REGION, 2023)), "test");
        long unit = evaluations.unit(UNIT, REGION).orElseThrow().id();
        accounts.create("project-editor", "浏览区填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        accounts.create("project-reviewer", "浏览区审核人", Role.FINANCE_REVIEWER, null, REGION, "secret-pass-1");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aProjectFromTheLibrarysSuggestionsToTheReviewersDesk() throws Exception {
        Browser.logIn(browser, port, "project-editor", "secret-pass-1");
        click(By.linkText("＋ 新建评价"));
        waitFor(By.cssSelector("form.new-evaluation-form"));
        click(By.cssSelector("input[name='kind'][value='PROJECT']"));
        WebElement year = browser.findElement(By.name("year"));
        assertThat(year.getAttribute("value")).isEqualTo("2024");
        browser.findElement(By.name("projectName")).sendKeys(PROJECT);
        click(By.cssSelector("input[name='start'][value='LIBRARY']"));
        browser.findElement(By.name("goal")).sendKeys("开展家庭教育讲座和亲子活动，覆盖全区各街道社区");
        noConsoleErrors("the new evaluation's page");
        browser.executeScript("window.scrollTo(0, 0)");
        shot("new-evaluation");
        click(By.cssSelector("form.new-evaluation-form button.save"));

        // the workspace, laid out as the project's 自评表, with the library's indicators
        expectNotice("已新建草稿");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(UNIT + "·" + PROJECT, "2024");
        assertThat(browser.findElement(By.id("task-0")).getText()).contains("项目支出绩效自评表", "主管部门", "实施单位",
                UNIT, "年度资金总额", "年度总体目标：预期目标", "年度总体目标：实际完成情况", "绩效指标");
        assertThat(browser.findElement(By.id("live")).getText()).contains("无法评分", "尚未填写实际完成值");
        List<WebElement> indicators = browser.findElements(By.cssSelector("#task-0 table.indicators-editor tbody tr"));
        assertThat(indicators).isNotEmpty();
        type("funds.budget", "20");
        type("funds.executed", "19");
        type("funds.executionRate", "95");
        type("keyTasks[0].outcome", "全年举办家庭教育讲座24场、亲子活动16场，覆盖全区各街道社区。");
        for (int i = 0; i < indicators.size(); i++) {
            String target = browser.findElement(By.name("keyTasks[0].indicators[" + i + "].annualTarget"))
                    .getAttribute("value");
            // each reached exactly: its target without the direction (≥95% → 95%)
            type("keyTasks[0].indicators[" + i + "].actual", target.replaceFirst("^[≥≤><=]+", ""));
            browser.findElement(By.name("keyTasks[0].indicators[" + i + "].met")).sendKeys("完成");
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("live-total")));
        noConsoleErrors("the project's workspace");
        // nothing wider than the window: the indicators scroll inside the form
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        browser.executeScript("document.getElementById('part-keyTasks').scrollIntoView()");
        shot("project-workspace-indicators");
        browser.executeScript("window.scrollTo(0, 0)");
        shot("project-workspace");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");

        click(By.linkText("返回评价"));
        click(By.xpath("//button[text()='提交审核']"));
        waitFor(By.xpath("//button[text()='确认提交']"));
        click(By.xpath("//button[text()='确认提交']"));
        expectNotice("已提交审核");
        // the warnings' question is a 409 answer, which the browser notes as a failed load: that one only
        assertThat(browser.manage().logs().get("browser").getAll()).allSatisfy(entry ->
                assertThat(entry.getMessage()).contains("/submit", "409"));
        Browser.logOut(browser);

        Browser.logIn(browser, port, "project-reviewer", "secret-pass-1");
        WebElement desk = browser.findElement(By.cssSelector("table.queue"));
        assertThat(desk.getText()).contains(UNIT + "·" + PROJECT, "2024", "项目支出", "已提交");
        click(By.linkText(UNIT + "·" + PROJECT));
        assertThat(browser.findElement(By.cssSelector("h1.report-title")).getText())
                .isEqualTo("2024年度" + UNIT + PROJECT + "项目支出绩效自评表");
        assertThat(browser.findElement(By.cssSelector("table.self-evaluation-form")).getText())
                .contains(PROJECT, UNIT, "年度资金总额", "20.00", "19.00");
        noConsoleErrors("the review page");
        shot("project-review");
    }

    private void type(String name, String text) {
        WebElement field = browser.findElement(By.name(name));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void expectNotice(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), text));
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void noConsoleErrors(String where) {
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertThat(problems).as("console of " + where).isEmpty();
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
