package org.jixiao.exante.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo's ex-ante requests as the region's reviewer meets them in the budget: the science association's cycle
 * with its project assessed before its budget, the results' advice citing the conclusion, and the administrator's
 * thresholds; each fits an office screen and is kept as a screenshot (target/screenshots/exante-budget-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExAnteBudgetBrowserTest {

    private static final String PASSWORD = "Budget-pass-2026-x";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReviewerSeesTheAssessmentInTheCycleAndTheBudgetAdvice() throws Exception {
        Actor science = withPassword("demo-kexie");
        withPassword("reviewer");
        browser = Browser.start();
        Browser.logIn(browser, port, "reviewer", PASSWORD);

        open("/units/" + science.unitId() + "/cycle");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("青少年科技创新大赛", "予以支持",
                "科普教育基地提升改造", "待评估");
        keep("exante-budget-cycle");

        open("/results?year=2024");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("予以支持", "总分 95.00", "评估报告");
        keep("exante-budget-results");

        browser.findElement(By.linkText("予以支持")).click();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("办理记录", "出具结论", "予以支持，总分 95",
                "本地区 500 万元：申请金额达到门槛");
        keep("exante-budget-request");
    }

    @Test
    void theAdministratorKeepsEachRegionsThreshold() throws Exception {
        withPassword("admin");
        browser = Browser.start();
        Browser.logIn(browser, port, "admin", PASSWORD);

        open("/admin/exante-thresholds");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("广州市荔湾区", "500.00", "默认");
        keep("exante-budget-thresholds");
    }

    private void open(String path) {
        Browser.openFitting(browser, port, path);
    }

    private void keep(String name) throws Exception {
        Browser.keep(browser, name);
    }

    private Actor withPassword(String username) {
        Account account = accounts.find(username).orElseThrow();
        accounts.changePassword(username, accounts.resetPassword(account.id()), PASSWORD);
        return Actor.of(accounts.find(username).orElseThrow());
    }
}
