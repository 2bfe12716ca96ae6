package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reviewer opens the dashboard and a unit's history while a unit's name tries to close the chart data's script
 * block and load a script: nothing is loaded, and the charts draw the name as typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScriptInDataBrowserTest {

    private static final String NAME = "恶意单位</script><script src=\"/js/htmx.min.js\"></script><!--";
    private static final String INJECTED = "script[src='/js/htmx.min.js']";

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
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
    void aHostileUnitNameIsDrawnNotRun() {
        browser = Browser.start();
        evaluations.importDocuments(List.of(Documents.seedOf(NAME, "广州市注入区", 2023)), "test");
        long unit = evaluations.unit(NAME, "广州市注入区").orElseThrow().id();
        accounts.create("inject-reviewer", "审核人", Role.FINANCE_REVIEWER, null, "广州市注入区", "secret-pass-1");
        Browser.logIn(browser, port, "inject-reviewer", "secret-pass-1");

        browser.get("http://localhost:" + port + "/dashboard");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-rates svg")));
        assertThat(browser.findElements(By.cssSelector(INJECTED))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#chart-rates")).getText()).contains("恶意单位</script>");

        browser.get("http://localhost:" + port + "/units/" + unit + "/history");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-years svg")));
        assertThat(browser.findElements(By.cssSelector(INJECTED))).isEmpty();
    }
}
