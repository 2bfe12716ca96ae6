package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.Funding;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo unit with a project, its next year's goals and, filed here, an ex-ante assessment of its project: the
 * reviewer's page of its whole cycle fits an office screen, and is kept as a screenshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CycleBrowserTest {

    private static final String PASSWORD = "Cycle-pass-2026-x";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
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
    void theReviewerSeesTheDemoUnitsCycleOnOnePage() throws Exception {
        browser = Browser.start();
        Actor editor = withPassword("demo-wenhua");
        Actor reviewer = withPassword("reviewer");
        EvaluationSummary project = workflow.visible(editor, EvaluationFilter.ALL.withUnit(editor.unitId())).stream()
                .filter(s -> s.kind() == Kind.PROJECT).findFirst().orElseThrow();
        long id = requests.file(editor, new ExAnteFiling(project.subject(), project.fiscalYear() + 1,
                new BigDecimal("80"), List.of(new Funding("本级财政资金", new BigDecimal("80"))), "场馆服务需求逐年增长。",
                "全年开展公益活动 120 场。", List.of("公益活动场次：≥120场"), "按季度组织实施。"));
        requests.submit(editor, id, requests.read(editor, id).version());
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : requests.currentProfile().criteria()) {
            reasons.put(criterion.code(), criterion.title() + "的依据已核对。");
            criterion.points().forEach(point -> scores.put(point.code(), point.points()));
        }
        requests.conclude(reviewer, id, requests.read(reviewer, id).version(), scores, reasons, null);

        Browser.logIn(browser, port, "reviewer", PASSWORD);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1366, "height", 768,
                "deviceScaleFactor", 1, "mobile", false));
        browser.get("http://localhost:" + port + "/units/" + editor.unitId() + "/cycle");

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("荔湾区示例文化馆（演示）", "绩效管理全过程");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("予以支持", "100.00 分", "已公开");
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        Long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(scrollWidth).as("no sideways scrolling at 1366 px").isLessThanOrEqualTo(clientWidth);
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) browser
                .executeCdpCommand("Page.getLayoutMetrics", Map.of())).get("cssContentSize");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1366, "height",
                ((Number) content.get("height")).intValue(), "deviceScaleFactor", 1, "mobile", false));
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve("cycle.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private Actor withPassword(String username) {
        Account account = accounts.find(username).orElseThrow();
        accounts.changePassword(username, accounts.resetPassword(account.id()), PASSWORD);
        return Actor.of(accounts.find(username).orElseThrow());
    }
}
