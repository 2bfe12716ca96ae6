package org.jixiao.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Browser;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard as a reviewer sees it: the charts are drawn (under the content security policy) and it sorts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    private static final String HOSTILE = "恶意单位</script><script src=\"/js/htmx.min.js\"></script><!--";

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
    void theChartsAreDrawnAndTheTableSorts() throws Exception {
        browser = Browser.start();
        List<EvaluationDocument> units = new ArrayList<>();
        String[] names = {"东", "南", "西", "北", "中", "上", "下", "左"};
        int[] percents = {100, 97, 92, 88, 83, 76, 64, 45};
        for (int i = 0; i < names.length; i++) {
            units.add(Documents.performingAt(Documents.seedOf(names[i] + "区示范单位", "广州市图表区", 2023), percents[i]));
        }
        evaluations.importDocuments(units, "test");
        accounts.create("chart-reviewer", "图表审核人", Role.FINANCE_REVIEWER, null, "广州市图表区", "secret-pass-1");

        Browser.logIn(browser, port, "chart-reviewer", "secret-pass-1");
        browser.get("http://localhost:" + port + "/dashboard?sort=score&desc=true");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-rates svg")));

        assertThat(browser.findElements(By.cssSelector("#chart-scores svg"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#chart-completion svg"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#chart-rates")).getText()).contains("东区示范单位");
        assertThat(browser.findElements(By.cssSelector("table.sortable tbody tr")).get(0).getText()).startsWith("东区示范单位");
        List<LogEntry> problems = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Uncaught")).toList();
        assertThat(problems).isEmpty();
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve("dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * A unit's name that tries to close the chart data's script block and load a script: nothing is loaded, and the
     * charts draw the name as typed, on the dashboard and on the unit's history.
     */
    @Test
    void aHostileUnitNameIsDrawnNotRun() throws Exception {
        browser = Browser.start();
        evaluations.importDocuments(List.of(Documents.seedOf(HOSTILE, "广州市注入区", 2023)), "test");
        long unit = evaluations.unit(HOSTILE, "广州市注入区").orElseThrow().id();
        accounts.create("inject-reviewer", "审核人", Role.FINANCE_REVIEWER, null, "广州市注入区", "secret-pass-1");
        Browser.logIn(browser, port, "inject-reviewer", "secret-pass-1");

        browser.get("http://localhost:" + port + "/dashboard");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-rates svg")));
        assertThat(browser.findElements(By.cssSelector("script[src='/js/htmx.min.js']"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#chart-rates")).getText()).contains("恶意单位</script>");
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve("dashboard-hostile-name.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.get("http://localhost:" + port + "/units/" + unit + "/history");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-years svg")));
        assertThat(browser.findElements(By.cssSelector("script[src='/js/htmx.min.js']"))).isEmpty();
        Files.write(dir.resolve("history-hostile-name.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
