package org.jixiao.exante.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.Funding;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reviewer's assessment page in a real browser: the running total follows the scores typed (htmx), a score above
 * its sub-point's maximum is named at once. Its screenshot goes to target/screenshots (docs/screenshots/exante-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExAnteBrowserTest {

    private static final String REGION = "广州市事前浏览区";
    private static final String UNIT = "事前浏览区示例卫生健康局";

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExAnteRequests requests;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReviewerSeesTheTotalAndConclusionFollowTheScores() throws Exception {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1366, 900));
        evaluations.importDocuments(List.of(Documents.seedOf(UNIT, REGION, 2025)), "test");
        long unit = evaluations.unit(UNIT, REGION).orElseThrow().id();
        Actor editor = Actor.of(accounts.create("exante-editor", "事前填报人", Role.UNIT_EDITOR, unit, null,
                "secret-pass-1"));
        Actor reviewer = Actor.of(accounts.create("exante-reviewer", "事前审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1"));
        long id = requests.file(editor, new ExAnteFiling("社区托育服务补助", 2027, new BigDecimal("600"),
                List.of(new Funding("本级财政资金", new BigDecimal("450")), new Funding("上级补助资金", new BigDecimal("150"))),
                "辖区三岁以下婴幼儿约一万二千人，普惠托位缺口较大，家庭托育负担重。",
                "2027 年新增普惠托位 300 个，普惠托位占比提高到 60%。",
                List.of("新增普惠托位数：≥300个", "托位平均运营补助：≤1.5万元/个·年", "家长满意度：≥90%"),
                "分两批于 2027 年 3 月和 9 月开放，区卫健局统筹，街道负责选址和日常监管。"));
        requests.submit(editor, id, requests.read(editor, id).version());

        // the unit's list and the form of a new request, reached from the navigation
        Browser.logIn(browser, port, "exante-editor", "secret-pass-1");
        browser.findElement(By.linkText("事前评估")).click();
        browser.findElement(By.linkText("申请事前评估")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.exante-form")));
        browser.findElement(By.name("projectName")).sendKeys("老年助餐服务补助");
        browser.findElement(By.name("amount")).sendKeys("800");
        browser.findElement(By.name("fundings[0].source")).sendKeys("本级财政资金");
        browser.findElement(By.name("fundings[0].amount")).sendKeys("800");
        shot("exante-form");
        Browser.logOut(browser);

        Browser.logIn(browser, port, "exante-reviewer", "secret-pass-1");
        browser.get("http://localhost:" + port + "/exante");
        shot("exante-list");
        browser.findElement(By.linkText("社区托育服务补助")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")));
        score("NECESSITY_POLICY", "8");
        score("NECESSITY_DEMAND", "8.5");
        score("NECESSITY_DUTY", "8");
        score("ECONOMY_COST", "6");
        score("ECONOMY_RATIO", "4");
        score("ECONOMY_OVERLAP", "5");
        score("GOALS_CLEAR", "7");
        browser.findElement(By.name("reasons[NECESSITY]")).sendKeys("需求有入户调查数据支撑，符合托育服务发展规划。");
        browser.findElement(By.name("reasons[ECONOMY]")).sendKeys("单个托位建设成本高于邻区同类项目，需补充测算依据。");
        // 8 + 8.5 + 8 + 6 + 4 + 5 + 7 = 46.5 so far
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("exante-total"), "46.50"));
        assertThat(browser.findElement(By.id("exante-total")).getText()).contains("尚有评分要点未评分");
        shot("exante-assessment");
        browser.executeScript("window.scrollTo(0, 0)");
        assertThat(browser.findElement(By.cssSelector(".exante-history")).getText()).contains("2025", UNIT);
        shot("exante-request");

        score("FUNDING_SHARING", "5");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("exante-total"), "分担机制的得分 5 超过该要点的分值 3"));

        // concluded: (8 + 8.5 + 8) + (6 + 4 + 5) + (7 + 6 + 5) + (7 + 5 + 4) + (7 + 3 + 2) = 24.5 + 15 + 18 + 16 + 12 = 85.5, 予以支持
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        String[] codes = {"NECESSITY_POLICY", "NECESSITY_DEMAND", "NECESSITY_DUTY", "ECONOMY_COST", "ECONOMY_RATIO",
            "ECONOMY_OVERLAP", "GOALS_CLEAR", "GOALS_COMPLETE", "GOALS_VALUES", "FEASIBILITY_PLAN",
            "FEASIBILITY_ORGANISATION", "FEASIBILITY_RISK", "FUNDING_SOURCES", "FUNDING_CAPACITY", "FUNDING_SHARING"};
        String[] values = {"8", "8.5", "8", "6", "4", "5", "7", "6", "5", "7", "5", "4", "7", "3", "2"};
        for (int i = 0; i < codes.length; i++) {
            scores.put(codes[i], new BigDecimal(values[i]));
        }
        requests.conclude(reviewer, id, requests.read(reviewer, id).version(), scores, Map.of(
                "NECESSITY", "需求有入户调查数据支撑，符合托育服务发展规划。",
                "ECONOMY", "单个托位建设成本高于邻区同类项目，需补充测算依据。",
                "GOALS", "目标可衡量，满意度指标值依据不足。", "FEASIBILITY", "选址已落实，风险应对措施偏少。",
                "FUNDING", "资金来源合规，上级补助比例尚待确认。"), "建议压减设备购置费后予以安排。");
        browser.get("http://localhost:" + port + "/exante/" + id);
        assertThat(browser.findElement(By.id("exante-total")).getText()).contains("85.50", "予以支持");
        assertThat(browser.findElement(By.cssSelector(".exante-concluded")).getText()).contains("单个托位建设成本高于邻区同类项目");
        shot("exante-concluded");
    }

    private void score(String code, String value) {
        WebElement input = browser.findElement(By.name("scores[" + code + "]"));
        input.clear();
        input.sendKeys(value);
    }

    private void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
