package org.jixiao.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Browser;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review cycle in a real browser: the unit edits an indicator, is refused submission for the reason it did not
 * give and led to its field, then confirms the warnings; the reviewer finds it on the desk and returns it with a
 * comment written beside its section; the unit reads it there, corrects and submits again; the reviewer approves and
 * publishes; the public finds it on the portal.
 * Screenshots of the main pages go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewCycleBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private ChromeDriver browser;
    private long id;

    @BeforeEach
    void aUnitAndItsReviewer() {
        browser = Browser.start();
        EvaluationDocument seed = SeedDocument.load();
        EvaluationDocument document = new EvaluationDocument(seed.schema(), seed.kind(), seed.fiscalYear(),
                Department.named("浏览器测试单位", "广州市白云区"), seed.functions(), seed.funds(), seed.goals(),
                seed.keyTasks(), seed.conclusion(), seed.achievements(), seed.problems(), seed.measures(), null, null);
        id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit("浏览器测试单位", "广州市白云区").orElseThrow().id();
        accounts.create("browser-editor", "白云填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        accounts.create("browser-reviewer", "白云审核人", Role.FINANCE_REVIEWER, null, "广州市白云区", "secret-pass-1");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromDraftToThePublicPortal() throws Exception {
        logIn("browser-editor");
        open("/evaluations/" + id);
        shot("evaluation");
        click(By.linkText("修改"));
        assertThat(browser.findElement(By.id("live-total")).getText()).isEqualTo("100.00");
        WebElement actual = browser.findElement(By.name("keyTasks[0].indicators[0].actual"));
        actual.sendKeys("90%");
        // the live score follows the unsaved input: 案件办结率 90 % of an exact 100 % target scores 0.9 of its points
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.not(ExpectedConditions.textToBe(By.id("live-total"), "100.00")));
        assertThat(browser.findElement(By.id("live-total")).getText()).isEqualTo("97.71");
        WebElement target = browser.findElement(By.name("keyTasks[0].indicators[0].annualTarget"));
        target.clear();
        target.sendKeys("不低于99%");
        waitFor(By.xpath("//input[@name='keyTasks[0].indicators[0].annualTarget']/following-sibling::span[@class='understood' and text()='≥ 99 %']"));
        shot("workspace");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");

        open("/evaluations/" + id);
        click(By.xpath("//button[text()='提交审核']"));
        // 90 % against a target of 99 % is unmet, and says not why: refused, with a link to the field that is missing
        waitFor(By.xpath("//p[contains(text(), '改正后才能提交')]"));
        assertThat(browser.findElement(By.cssSelector("ol.submission-findings")).getText()).contains("未完成且无偏差原因");
        shot("submission-errors");
        click(By.linkText("去修改"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlContains("/edit#keyTasks0.indicators0.deviationReason"));
        browser.findElement(By.id("keyTasks0.indicators0.deviationReason")).sendKeys("两件案件跨年度办理，已于次年1月办结");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");
        open("/evaluations/" + id);
        click(By.xpath("//button[text()='提交审核']"));
        // the seed's warnings (no actual value stated, no benefit indicator …) are confirmed in a second step
        waitFor(By.xpath("//p[contains(text(), '确认提交？')]"));
        shot("submission");
        click(By.xpath("//button[text()='确认提交']"));
        expectNotice("已提交审核");
        logOut();

        logIn("browser-reviewer");
        // the desk: what waits for review, with its score, findings and the days it has waited
        open("/");
        WebElement waiting = browser.findElement(By.xpath("//table[contains(@class, 'queue')]//tr[td/a[text()='浏览器测试单位']]"));
        assertThat(waiting.getText()).contains("2023", "部门整体支出", "已提交", "今天", "97.92", "优");
        assertThat(new Select(browser.findElement(By.name("status")))
                .getFirstSelectedOption().getText()).isEqualTo("待审核");
        shot("cycle-desk");
        click(By.linkText("浏览器测试单位"));
        // the comment box of 重点工作任务及绩效指标 sits beside that section, the steps in reach at the top
        WebElement box = browser.findElement(By.name("comment.keyTasks"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.sendKeys("案件办结率的年度指标值请与实施周期指标值一致");
        WebElement heading = browser.findElement(By.xpath("//h3[text()='（二）各重点工作任务绩效目标完成情况分析']"));
        assertThat(Math.abs(box.getRect().getY() - heading.getRect().getY())).as("beside its section").isLessThan(120);
        assertThat(browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                browser.findElement(By.xpath("//button[text()='退回修改']")))).as("in the window, scrolled down").isEqualTo(true);
        shot("review-margin");
        click(By.xpath("//button[text()='退回修改']"));
        expectNotice("已退回");
        logOut();

        logIn("browser-editor");
        open("/evaluations/" + id);
        // the unit reads it beside the section too, signed with the reviewer's name
        assertThat(browser.findElement(By.cssSelector(".section-review .comments")).getText())
                .contains("案件办结率的年度指标值", "白云审核人");
        click(By.linkText("修改"));
        WebElement again = browser.findElement(By.name("keyTasks[0].indicators[0].annualTarget"));
        again.clear();
        again.sendKeys("98%以上");
        click(By.cssSelector("button.save"));
        expectNotice("已保存");
        open("/evaluations/" + id);
        click(By.xpath("//button[text()='提交审核']"));
        click(By.xpath("//button[text()='确认提交']"));
        expectNotice("已提交审核");
        logOut();

        logIn("browser-reviewer");
        open("/evaluations/" + id);
        click(By.xpath("//button[text()='审核通过']"));
        expectNotice("已审核通过");
        click(By.xpath("//button[text()='公开']"));
        expectNotice("已公开");
        open("/evaluations/" + id + "/audit");
        shot("audit");
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("提交", "退回", "审核通过", "公开",
                "不低于99%", "重点工作任务 1「妇联活动及组织建设阵地建设」 › 指标 1「案件办结率」 › 年度指标值 › 文字");
        logOut();

        open("/public");
        browser.findElement(By.name("q")).sendKeys("浏览器测试单位");
        click(By.xpath("//button[text()='搜索']"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        click(By.linkText("浏览器测试单位"));
        shot("public-report");
        assertThat(browser.findElement(By.cssSelector("h1.report-title")).getText())
                .isEqualTo("2023年度浏览器测试单位部门整体支出绩效自评报告");
    }

    private void logIn(String username) {
        Browser.logIn(browser, port, username, "secret-pass-1");
    }

    private void logOut() {
        Browser.logOut(browser);
    }

    /** Clicks as a person would: the element scrolled into the middle of the window first. */
    private void click(By by) {
        WebElement element = browser.findElement(by);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Waits until the page that the last click led to says so (the old page may still be showing). */
    private void expectNotice(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), text));
    }

    private void waitFor(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
