package org.jixiao.indepth.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.indepth.InDepthEvaluation;
import org.jixiao.indepth.InDepthEvaluations;
import org.jixiao.indepth.InDepthStatus;
import org.jixiao.indepth.ReportSection;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.InDepthFramework;
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
 * An in-depth evaluation from the choice of the project to the published report, in a real browser where a person
 * clicks (the choice, the opening, the framework, the institution's page) and through the service where many fields
 * are typed. Screenshots go to target/screenshots (indepth-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InDepthBrowserTest {

    private static final String REGION = "广州市重点浏览区";
    private static final String UNIT = "重点浏览区示例文化馆";

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    InDepthEvaluations inDepth;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromTheChoiceOfAProjectToThePublishedReport() throws Exception {
        long source = evaluations.importDocuments(List.of(Documents.seedOf(UNIT, REGION, 2025)), "test").get(0).id();
        long unit = evaluations.unit(UNIT, REGION).orElseThrow().id();
        Actor editor = Actor.of(accounts.create("idb-editor", "文化馆填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        Actor reviewer = Actor.of(accounts.create("idb-reviewer", "重点评价审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1"));
        Actor evaluator = Actor.of(accounts.create("idb-tp", "事务所评价员", Role.THIRD_PARTY_EVALUATOR, null, null,
                "secret-pass-1"));
        Actor wang = Actor.of(accounts.create("idb-wang", "王专家", Role.EXPERT, null, null, "secret-pass-1"));
        Actor zhang = Actor.of(accounts.create("idb-zhang", "张专家", Role.EXPERT, null, null, "secret-pass-1"));
        workflow.submit(editor, source);
        workflow.approve(reviewer, source, null);

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 1000));
        Browser.logIn(browser, port, "idb-reviewer", "secret-pass-1");
        browser.findElement(By.linkText("重点评价")).click();
        browser.findElement(By.linkText("选择评价项目")).click();
        assertThat(browser.findElement(By.cssSelector(".indepth-candidates")).getText()).contains(UNIT, "从未");
        browser.findElement(By.cssSelector(".indepth-candidates summary")).click();
        browser.findElement(By.name("scope")).sendKeys("2025 年度项目资金的使用及其产出和效益");
        LocalDate today = inDepth.today();
        browser.executeScript("document.querySelector('input[name=endsOn]').value = arguments[0]",
                today.plusDays(60).toString());
        shot("indepth-candidates");
        browser.findElement(By.cssSelector(".indepth-open button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".indepth-framework")));
        long id = Long.parseLong(browser.getCurrentUrl().replaceFirst(".*/in-depth/", ""));

        // the framework: 生态效益 removed, so the step to scoring is refused until 社会效益 takes its 5 points
        browser.findElement(By.cssSelector(".indepth-steps + form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "已进入下一步"));
        long institution = inDepth.createInstitution(reviewer, "某会计师事务所");
        inDepth.addMember(reviewer, institution, "idb-tp");
        inDepth.assign(reviewer, id, institution, today, today.plusDays(30));
        inDepth.addExpert(reviewer, id, "idb-wang");
        inDepth.addExpert(reviewer, id, "idb-zhang");
        inDepth.removeIndicator(reviewer, id, "E_ECOLOGICAL");
        browser.get("http://localhost:" + port + "/in-depth/" + id);
        browser.findElement(By.cssSelector(".indepth-steps + form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problem")));
        assertThat(browser.findElement(By.cssSelector(".problem")).getText())
                .isEqualTo("指标分值合计应为 100，实为 95（决策 20，过程 20，产出 30，效益 25）");
        browser.findElement(By.name("code")).sendKeys("E_SOCIAL");
        browser.findElement(By.name("area")).sendKeys("效益");
        browser.findElement(By.name("group")).sendKeys("项目效益");
        browser.findElement(By.name("title")).sendKeys("社会效益");
        browser.findElement(By.name("weight")).sendKeys("12");
        shot("indepth-framework");
        browser.findElement(By.cssSelector(".indepth-indicator-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "指标体系已保存"));
        browser.findElement(By.cssSelector(".indepth-steps + form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".notice"), "已进入下一步"));
        assertThat(inDepth.read(reviewer, id).status()).isEqualTo(InDepthStatus.SCORING);

        // the experts score on their own; 实际完成率 8 against 6.1: a spread of 1.9 over 20 % × 9 = 1.8
        InDepthFramework framework = inDepth.framework(reviewer, id);
        Map<String, BigDecimal> full = new LinkedHashMap<>();
        framework.indicators().forEach(i -> full.put(i.code(), i.weight()));
        full.put("O_QUANTITY", new BigDecimal("8"));
        full.put("E_SATISFACTION", new BigDecimal("7"));
        inDepth.score(wang, id, full);
        full.put("O_QUANTITY", new BigDecimal("6.1"));
        full.put("E_SATISFACTION", new BigDecimal("6.5"));
        inDepth.score(zhang, id, full);
        Browser.logOut(browser);
        Browser.logIn(browser, port, "idb-tp", "secret-pass-1");
        browser.findElement(By.linkText("重点评价")).click();
        browser.findElement(By.linkText(inDepth.read(reviewer, id).projectName())).click();
        assertThat(browser.findElement(By.cssSelector(".indepth-side-by-side tr.wide")).getText())
                .contains("实际完成率", "8", "6.1", "1.90", "超过 1.8");
        framework.indicators().stream().filter(i -> !i.code().equals("O_QUANTITY") && !i.code().equals("E_SATISFACTION"))
                .forEach(i -> inDepth.agree(evaluator, id, i.code(), i.weight(), null));
        inDepth.agree(evaluator, id, "E_SATISFACTION", new BigDecimal("6.8"), "问卷 212 份，满意度 88%");
        browser.navigate().refresh();
        browser.executeScript("const f = document.querySelector(\"form[action$='/agreements/O_QUANTITY']\");"
                + " f.score.value = '7'; f.reason.value = arguments[0]; f.submit();", "现场核查发现 2 处未完工，按 7 分确定");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        // 100 − (9 − 7) − (8 − 6.8) = 96.80 → 优
        assertThat(browser.findElement(By.cssSelector(".indepth-side-by-side tfoot")).getText()).contains("96.80", "优");
        browser.executeScript("document.querySelector('.indepth-scores').scrollIntoView()");
        shot("indepth-scores");

        inDepth.advance(reviewer, id);
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.put(ReportSection.BASICS, "该项目用于文化馆公益培训和展览，2025 年预算资金由区财政全额安排。");
        texts.put(ReportSection.WORK, "评价组于 11 月进场，查阅资料、实地核查 3 处场馆，发放问卷 212 份。");
        texts.put(ReportSection.CONCLUSION, "项目决策依据充分，资金管理规范，产出基本完成。");
        texts.put(ReportSection.ANALYSIS, "产出数量扣 2 分：两处场馆改造未完工。满意度扣 1.2 分。");
        texts.put(ReportSection.FINDINGS, "做法：按季度公开培训计划。问题：改造工程进度滞后。");
        texts.put(ReportSection.SUGGESTIONS, "建议明确工程节点，按进度拨付资金。");
        inDepth.writeReport(evaluator, id, texts);
        inDepth.advance(reviewer, id);
        InDepthEvaluation published = inDepth.read(reviewer, id);
        assertThat(published.status()).isEqualTo(InDepthStatus.PUBLISHED);

        Browser.logOut(browser);
        Browser.logIn(browser, port, "idb-reviewer", "secret-pass-1");
        browser.get("http://localhost:" + port + "/in-depth/" + id);
        // self 100 − in-depth 96.8 = 3.2
        assertThat(browser.findElement(By.cssSelector(".indepth-deviation")).getText()).contains("96.8", "偏差 3.2");
        shot("indepth-published");
        browser.get("http://localhost:" + port + "/dashboard?region=" + REGION);
        assertThat(browser.findElement(By.cssSelector(".indepth-gaps")).getText()).contains(UNIT);
        browser.executeScript("document.querySelector('.indepth-gaps').scrollIntoView()");
        shot("indepth-dashboard");
        Files.write(Files.createDirectories(Path.of("target/screenshots")).resolve("indepth-report.pdf"),
                inDepth.report(reviewer, id, ReportFormat.PDF).content());
        Files.write(Path.of("target/screenshots/indepth-report.docx"),
                inDepth.report(reviewer, id, ReportFormat.DOCX).content());
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
